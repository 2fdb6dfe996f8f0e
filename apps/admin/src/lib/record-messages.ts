import type { MessageKey } from "@quartet/ui";
import type { AppDictionary, AppI18n } from "../i18n/index.ts";

type Key = MessageKey<AppDictionary>;

/** The server's English messages about client records that have a translation, word for word. */
export const recordMessages: Readonly<Record<string, Key>> = {
  "Must be a number": "refusals.fields.mustBeNumber",
  "Must be text": "refusals.fields.mustBeText",
  "Must be yes or no": "refusals.fields.mustBeYesNo",
  "Must be a date, YYYY-MM-DD": "refusals.fields.mustBeDate",
  "There is no such field": "refusals.fields.noSuchField",
  "Choose a client": "refusals.fields.chooseClient",
  "Choose an order": "refusals.fields.chooseOrder",
  "Choose a contact": "refusals.fields.chooseContact",
  "Choose a product": "refusals.fields.chooseProduct",
  "Choose another client": "refusals.fields.chooseAnotherClient",
  "Already merged into another client": "refusals.fields.alreadyMerged",
  "No such contact": "refusals.fields.noSuchContact",
  "No such product": "refusals.fields.noSuchProduct",
  "Tell the receiver what they need to know": "refusals.fields.handoffNote",
  "A reason is required to reject a handoff": "refusals.fields.rejectReason",
  "Quantity must be a positive number": "refusals.fields.quantity",
  "Add at least one line": "refusals.fields.addLine",
  "Name the line or choose a product": "refusals.fields.lineName",
  "Give a price or choose a product": "refusals.fields.linePrice",
  "A price cannot be negative": "refusals.fields.priceNegative",
  "Give whole kopecks": "refusals.fields.wholeKopecks",
  "At least 0 %": "refusals.fields.discountMin",
  "At most 100 %": "refusals.fields.discountMax",
  "The amount cannot be zero": "refusals.fields.amountZero",
  "A refund cannot exceed what was paid": "refusals.fields.refundTooBig",
  "Use a date as YYYY-MM-DD": "refusals.fields.dateFormat",
  "Name is longer than 200 characters": "refusals.fields.contactName",
  "At least an hour": "refusals.fields.atLeastHour",
  "At most 30 days": "refusals.fields.atMost30Days",
  "Someone changed this client meanwhile; reload it and edit again": "refusals.messages.staleEdit",
  "Only the receiver can answer this handoff": "refusals.messages.onlyReceiver",
  "Only whoever requested the handoff can cancel it": "refusals.messages.onlyRequester",
  "A client cannot be merged into itself": "refusals.messages.selfMerge",
  "No such handoff": "refusals.messages.noSuchHandoff",
  "No such order": "refusals.messages.noSuchOrder",
  "No such client": "refusals.messages.noSuchClient",
};

type Pattern = readonly [RegExp, (i18n: AppI18n, match: RegExpExecArray) => string];

const patterns: readonly Pattern[] = [
  [/^(.+) is required$/, (i18n, m) => i18n.t("refusals.fields.required", { label: m[1] ?? "" })],
  [/^Must be one of: (.+)$/, (i18n, m) => i18n.t("refusals.fields.mustBeOneOf", { options: m[1] ?? "" })],
  [/^"(.+)" is not on sale$/, (i18n, m) => i18n.t("refusals.fields.notOnSale", { name: m[1] ?? "" })],
  [/^At most (\d+) can be refunded$/, (i18n) => i18n.t("refusals.fields.refundTooBig")],
  [/^At most ([\d,]+) characters$/, (i18n, m) => i18n.t("refusals.fields.tooLong", { count: m[1] ?? "" })],
  [
    /^(?:.+) is longer than (\d+) characters$/,
    (i18n, m) => i18n.t("refusals.fields.tooLong", { count: m[1] ?? "" }),
  ],
  [
    /^Pay in (\w+), the order's currency$/,
    (i18n, m) => i18n.t("refusals.fields.payInCurrency", { currency: m[1] ?? "" }),
  ],
  [
    /^This client already waits to be accepted by (\S+)$/,
    (i18n, m) => i18n.t("refusals.messages.alreadyWaiting", { function: i18n.tDynamic(`functions.${m[1]}`) }),
  ],
  [
    /^Order (\S+) is cancelled and takes no payments$/,
    (i18n, m) => i18n.t("refusals.messages.orderCancelled", { number: m[1] ?? "" }),
  ],
  [
    /^"(.+)" is already merged into another client$/,
    (i18n, m) => i18n.t("refusals.messages.mergedAlready", { name: m[1] ?? "" }),
  ],
  [/^A client with the same .+ already exists$/, (i18n) => i18n.t("refusals.messages.duplicate")],
  [/^Custom fields are not valid: /, (i18n) => i18n.t("refusals.messages.customFields")],
];

/**
 * A message of the client records' services in the current language, or null when we do not know it.
 *
 * @example recordText(i18n, "Must be a number") // "Введите число"
 */
export function recordText(i18n: AppI18n, message: string): string | null {
  const key = recordMessages[message];
  if (key) return i18n.tDynamic(key);
  for (const [pattern, text] of patterns) {
    const match = pattern.exec(message);
    if (match) return text(i18n, match);
  }
  return null;
}
