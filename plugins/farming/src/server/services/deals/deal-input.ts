import { cleanText } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { lostReasons } from "../../../domain/lost-reasons.ts";

/** A business date, `YYYY-MM-DD`. */
const businessDate = z.iso.date(m.dateFormat);

const amountMinor = z
  .number()
  .int(m.wholeKopecks)
  .min(0, m.notNegative)
  .max(Number.MAX_SAFE_INTEGER, m.tooLarge);
const title = z.string().trim().min(1, m.nameDeal).max(200);
const note = z.string().trim().max(2_000);
const kind = z.enum(["upsell", "cross-sell"], { error: m.kind });
const stageKey = z.string().trim().min(1, m.chooseStage);

/** A deal id. */
export const dealIdInput = z.object({ dealId: z.string().min(1, m.chooseDeal) });

/** The board: everybody's open deals, one farmer's (`farmerId`), or the caller's own (`mine`). */
export const boardInput = z.object({ farmerId: z.string().min(1).optional(), mine: z.boolean().optional() });

/** A new expansion deal; without a title it is named after the client, without a stage it starts in the first. */
export const createDealInput = z.object({
  clientId: z.string().min(1, m.chooseClient),
  title: title.optional(),
  kind,
  categoryId: z.string().min(1).nullish(),
  amountMinor,
  expectedCloseOn: businessDate.nullish(),
  note: note.nullish(),
  /** Defaults to the client's farmer, else the person creating it. */
  farmerId: z.string().min(1).nullish(),
  stageKey: stageKey.optional(),
});

/** Changes to an open deal's own fields; left out means unchanged, null clears. */
export const updateDealInput = dealIdInput.extend({
  title: title.optional(),
  kind: kind.optional(),
  categoryId: z.string().min(1).nullish(),
  amountMinor: amountMinor.optional(),
  expectedCloseOn: businessDate.nullish(),
  note: note.nullish(),
  farmerId: z.string().min(1).nullish(),
});

/** A move of an open deal to another of the company's stages. */
export const moveDealInput = dealIdInput.extend({ stageKey });

/** A lost deal's reason; `other` needs a note. */
export const loseDealInput = dealIdInput.extend({
  reason: z.enum(lostReasons, { error: `Choose why the deal was lost: ${lostReasons.join(", ")}` }),
  note: note.nullish(),
});

/** Back to work: the given stage, else the one the deal was lost from. */
export const reopenDealInput = dealIdInput.extend({ stageKey: stageKey.optional() });

/** A line of the invoice: a catalog product (its price unless given) or a free line with a name and a price. */
export const invoiceLineInput = z.object({
  productId: z.string().min(1).nullish(),
  name: cleanText(300).min(1, m.nameLine).optional(),
  quantity: z.number().positive(m.quantity),
  price: z.object({ amountMinor }).optional(),
  discountPercent: z.number().min(0, m.atLeast0Percent).max(100, m.atMost100Percent).default(0),
});

/** The deal's invoice: its lines, in the deal's currency. */
export const issueInvoiceInput = dealIdInput.extend({
  lines: z.array(invoiceLineInput).min(1, m.oneLine).max(500, m.atMost500Lines),
});
