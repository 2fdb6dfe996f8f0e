import { formatMoney, type Locale, type MessageRef, type Money, msg, wordRef } from "@quartet/core";
import type { WonBasis } from "../contracts/events.ts";
import { m } from "../contracts/messages.ts";

const basisWords: Record<WonBasis, string> = {
  "full-payment": m.basisFullPayment,
  prepayment: m.basisPrepayment,
  "contract-signed": m.basisContract,
};

const proposalWords = {
  sent: m.proposalWasSent,
  accepted: m.proposalWasAccepted,
  declined: m.proposalWasDeclined,
};

/**
 * Timeline texts of deals as message references, worded for each reader; a stage's name, a lost
 * reason's label and an amount come as the organisation writes them.
 */
export const dealTexts = {
  opened: (title: string, stage: string): MessageRef => msg(m.dealOpened, { title, stage }),
  moved: (title: string, stage: string): MessageRef => msg(m.dealMoved, { title, stage }),
  won: (l: Locale, title: string, amount: Money, basis: WonBasis): MessageRef =>
    msg(m.dealWon, { title, amount: formatMoney(amount, l), basis: msg(basisWords[basis]) }),
  lost: (title: string, reason: string, note: string | null): MessageRef =>
    note ? msg(m.dealLostNoted, { title, reason, note }) : msg(m.dealLost, { title, reason }),
  reopened: (title: string, stage: string): MessageRef => msg(m.dealReopened, { title, stage }),
  contractSigned: (title: string): MessageRef => msg(m.dealContractSigned, { title }),
  /** A deal linked to a lead, with the lead's source when prospecting named it. */
  leadLinked: (title: string, source: string | null | undefined): MessageRef =>
    source ? msg(m.dealLinkedToLead, { title, source }) : msg(m.dealLinkedToLeadPlain, { title }),
  /** The note a farmer reads on the handoff, in the organisation's language: what was sold and for how much. */
  handoff: (
    l: Locale,
    title: string,
    amount: Money,
    lines: readonly { name: string; quantity: number }[],
  ) => {
    const items = lines.map((x) => `${x.name} × ${x.quantity}`).join("; ");
    const head = wordRef(l, msg(m.handoffNote, { title, amount: formatMoney(amount, l) }));
    return items ? `${head}. ${items}` : head;
  },
};

/** Timeline text of a proposal's status change. */
export function proposalText(number: string, status: keyof typeof proposalWords): MessageRef {
  return msg(proposalWords[status], { number });
}

/**
 * A timeline entry's body in the organisation's language and its data with the text's reference
 * (`data.text`), which each reader sees worded in their own.
 *
 * @example records.timeline.add(scope, { clientId, type: "system", function: "first-sale", ...entryText("ru", text, { dealId }) })
 */
export function entryText(locale: Locale, text: MessageRef, data: Record<string, unknown>) {
  return { body: wordRef(locale, text), data: { ...data, text } };
}
