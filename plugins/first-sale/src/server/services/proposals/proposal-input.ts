import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { businessDate, dealLinesInput } from "../deals/deal-input.ts";

const terms = z.string().trim().max(10_000);

/** A new proposal of a deal: its lines (the deal's lines when left out), terms and validity. */
export const createProposalInput = z.object({
  dealId: z.string().min(1, m.chooseDeal),
  lines: dealLinesInput.optional(),
  terms: terms.default(""),
  /** Defaults to today plus the `proposalValidityDays` setting. */
  validUntil: businessDate.optional(),
});

/** A revision: what changes; the rest is copied from the current version. */
export const reviseProposalInput = z.object({
  proposalId: z.string().min(1, m.chooseProposal),
  lines: dealLinesInput.optional(),
  terms: terms.optional(),
  validUntil: businessDate.optional(),
});

/** A proposal id. */
export const proposalId = z.object({ proposalId: z.string().min(1, m.chooseProposal) });

/** A status a person sets on a proposal. */
export const setProposalStatusInput = proposalId.extend({ status: z.enum(["sent", "accepted", "declined"]) });
