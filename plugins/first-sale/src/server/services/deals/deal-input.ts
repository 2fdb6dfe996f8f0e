import { cleanText, isCurrencyCode } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";

/** A business date, `YYYY-MM-DD`. */
export const businessDate = z.iso.date(m.dateFormat);

const minor = z.number().int(m.wholeKopecks).min(0, m.notNegative).max(Number.MAX_SAFE_INTEGER);

/** A line item: a catalog product (its id, as the catalog lists it) or a free line; the price is in the deal's currency. */
export const dealLineInput = z.object({
  productId: z.string().min(1).nullish(),
  name: cleanText(300).min(1, m.nameLine),
  quantity: z.number().positive(m.quantity),
  price: z.object({ amountMinor: minor }),
  discountPercent: z.number().min(0, m.atLeast0Percent).max(100, m.atMost100Percent).default(0),
});

/** The lines of a deal or a proposal. */
export const dealLinesInput = z.array(dealLineInput).max(200, m.atMost200Lines);

/** What happens next: a text, a core task id, a due date; all empty clears it. */
export const nextStepInput = z.object({
  text: cleanText(500, "multiline").nullish(),
  taskId: z.string().min(1).nullish(),
  dueOn: businessDate.nullish(),
});

/**
 * A new deal for a client, or for a new client named here (created with the deal; needs
 * `core.clients.write`). Without a title it is named after the client. Without a pipeline it goes
 * to the default one, without a stage to its first stage.
 */
export const createDealInput = z
  .object({
    clientId: z.string().min(1, m.chooseClient).optional(),
    newClientName: cleanText(200).min(1, m.nameClient).optional(),
    title: cleanText(200).min(1, m.nameDeal).optional(),
    pipelineId: z.string().min(1).optional(),
    stageId: z.string().min(1).optional(),
    contactId: z.string().min(1).nullish(),
    /** Defaults to the person creating it. */
    hunterId: z.string().min(1).nullish(),
    currency: z.string().refine(isCurrencyCode, m.unknownCurrency).optional(),
    /** What the deal is worth while it has no lines. */
    estimate: z.object({ amountMinor: minor }).optional(),
    expectedCloseOn: businessDate.nullish(),
    source: cleanText(200).nullish(),
    lines: dealLinesInput.default([]),
    nextStep: nextStepInput.optional(),
    /** The client's qualified lead the deal comes from (its request id in prospecting). */
    leadRequestId: z.string().min(1, m.chooseLead).nullish(),
  })
  .superRefine((deal, ctx) => {
    if (!deal.clientId === !deal.newClientName) {
      const message = deal.clientId ? m.clientOrNew : m.chooseClient;
      ctx.addIssue({ code: "custom", path: ["clientId"], message });
    }
  });

/** Changes to a deal's own fields; left out means unchanged. */
export const updateDealInput = z.object({
  dealId: z.string().min(1, m.chooseDeal),
  title: cleanText(200).min(1, m.nameDeal).optional(),
  contactId: z.string().min(1).nullish(),
  hunterId: z.string().min(1).nullish(),
  estimate: z.object({ amountMinor: minor }).optional(),
  expectedCloseOn: businessDate.nullish(),
  source: cleanText(200).nullish(),
});

/** A deal id. */
export const dealId = z.object({ dealId: z.string().min(1, m.chooseDeal) });

/** A stage move; `reason` (a lost reason key) and `note` matter for the lost stage. */
export const moveStageInput = dealId.extend({
  stageId: z.string().min(1, m.chooseStage),
  reason: cleanText(40).nullish(),
  note: cleanText(1000, "multiline").nullish(),
});
