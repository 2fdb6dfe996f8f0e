import { isCurrencyCode } from "@quartet/core";
import { z } from "zod";

/** A business date, `YYYY-MM-DD`. */
export const businessDate = z.iso.date("Use a date as YYYY-MM-DD");

const minor = z.number().int("Give whole kopecks").min(0, "Cannot be negative").max(Number.MAX_SAFE_INTEGER);

/** A line item: a catalog product (its id, as the catalog lists it) or a free line; the price is in the deal's currency. */
export const dealLineInput = z.object({
  productId: z.string().min(1).nullish(),
  name: z.string().trim().min(1, "Name the line").max(300, "At most 300 characters"),
  quantity: z.number().positive("Quantity must be a positive number"),
  price: z.object({ amountMinor: minor }),
  discountPercent: z.number().min(0, "At least 0 %").max(100, "At most 100 %").default(0),
});

/** The lines of a deal or a proposal. */
export const dealLinesInput = z.array(dealLineInput).max(200, "At most 200 lines");

/** What happens next: a text, a core task id, a due date; all empty clears it. */
export const nextStepInput = z.object({
  text: z.string().trim().max(500, "At most 500 characters").nullish(),
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
    clientId: z.string().min(1, "Choose a client").optional(),
    newClientName: z.string().trim().min(1, "Name the client").max(200, "At most 200 characters").optional(),
    title: z.string().trim().min(1, "Name the deal").max(200, "At most 200 characters").optional(),
    pipelineId: z.string().min(1).optional(),
    stageId: z.string().min(1).optional(),
    contactId: z.string().min(1).nullish(),
    /** Defaults to the person creating it. */
    hunterId: z.string().min(1).nullish(),
    currency: z.string().refine(isCurrencyCode, "Unknown currency").optional(),
    /** What the deal is worth while it has no lines. */
    estimate: z.object({ amountMinor: minor }).optional(),
    expectedCloseOn: businessDate.nullish(),
    source: z.string().trim().max(200, "At most 200 characters").nullish(),
    lines: dealLinesInput.default([]),
    nextStep: nextStepInput.optional(),
  })
  .superRefine((deal, ctx) => {
    if (!deal.clientId === !deal.newClientName) {
      const message = deal.clientId ? "Choose a client or name a new one, not both" : "Choose a client";
      ctx.addIssue({ code: "custom", path: ["clientId"], message });
    }
  });

/** Changes to a deal's own fields; left out means unchanged. */
export const updateDealInput = z.object({
  dealId: z.string().min(1, "Choose a deal"),
  title: z.string().trim().min(1, "Name the deal").max(200, "At most 200 characters").optional(),
  contactId: z.string().min(1).nullish(),
  hunterId: z.string().min(1).nullish(),
  estimate: z.object({ amountMinor: minor }).optional(),
  expectedCloseOn: businessDate.nullish(),
  source: z.string().trim().max(200, "At most 200 characters").nullish(),
});

/** A deal id. */
export const dealId = z.object({ dealId: z.string().min(1, "Choose a deal") });

/** A stage move; `reason` (a lost reason key) and `note` matter for the lost stage. */
export const moveStageInput = dealId.extend({
  stageId: z.string().min(1, "Choose a stage"),
  reason: z.string().trim().max(40).nullish(),
  note: z.string().trim().max(1000, "At most 1,000 characters").nullish(),
});
