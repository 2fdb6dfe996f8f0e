import { documentSent } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { FirstSaleSettings } from "../../contracts/settings.ts";
import { deals, proposals } from "../../db/schema.ts";
import { orgInfo, settingsOf } from "../context.ts";
import { proposalSource } from "../documents/proposal-source.ts";
import { markProposal } from "../services/proposals/mark-proposal.ts";
import { firstDelivery } from "./processed.ts";

const name = "proposal-mailed";

/**
 * A proposal's PDF was mailed from core (`core.document.sent` of a `first-sale.proposal`): a
 * draft proposal is marked sent, as the hand mark does (timeline entry, audit). A proposal
 * already sent or answered stays as it is; a redelivered event finds its mark among the
 * processed events and does nothing. Other documents are not ours.
 */
export const markMailedProposalSent = defineSubscriber<
  z.infer<typeof documentSent.schema>,
  FirstSaleSettings
>({
  name,
  event: documentSent,
  async handle(ctx, event) {
    if (event.payload.type !== proposalSource.type) return;
    const tx = ctx.scope.tx;
    const [proposal] = await tx.select().from(proposals).where(eq(proposals.id, event.payload.subjectId));
    if (proposal?.status !== "draft") return;
    const [deal] = await tx.select().from(deals).where(eq(deals.id, proposal.dealId));
    if (!deal || !(await firstDelivery(ctx.scope, event.id, name, ctx.clock.now()))) return;
    const service = { ...ctx, settings: settingsOf(ctx) };
    await markProposal(service, ctx.scope, await orgInfo(ctx), { proposal, deal }, "sent");
  },
});
