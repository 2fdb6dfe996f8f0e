import { DomainError, newId } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { requireStage } from "../../../domain/deal-flow.ts";
import { orgInfo } from "../../context.ts";
import { requireClient } from "../deals/deal-references.ts";
import { openDeal } from "../deals/open-deal.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { loadRules } from "../rules/load-rules.ts";
import { clientOffers } from "./client-offers.ts";
import { decisionOf, recordDecision } from "./decide-offer.ts";
import { offerInput } from "./dismiss-offer.ts";

/** An offer to take up, with the deal's amount and close date when known. */
export const acceptOfferInput = offerInput.extend({
  amountMinor: z.number().int(m.wholeKopecks).min(0, m.notNegative).max(Number.MAX_SAFE_INTEGER).optional(),
  expectedCloseOn: z.iso.date(m.dateFormat).optional(),
});

/**
 * Turns a whitespace offer into a cross-sell expansion deal for the client's farmer, in the first
 * stage, with the evidence kept on the decision. Once per client and category: accepting again
 * answers the same deal (`created: false`). A category that is not among the client's offers is
 * BAD_INPUT naming `categoryId`.
 */
export async function acceptOffer({
  ctx,
  input,
}: {
  ctx: WithSystem;
  input: z.output<typeof acceptOfferInput>;
}) {
  const client = await requireClient(ctx, input.clientId);
  const org = await orgInfo(ctx);
  const offer = (await clientOffers(ctx, client.id, input.categoryId)).find(
    (o) => o.categoryId === input.categoryId,
  );
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await decisionOf(scope, client.id, input.categoryId);
    if (before?.status === "accepted" && before.dealId)
      return { offerId: before.id, dealId: before.dealId, created: false };
    if (!offer) {
      throw new DomainError("BAD_INPUT", m.notOffered, {
        fields: { categoryId: m.notOfferedField },
      });
    }
    const stages = (await loadRules(scope.tx)).stages;
    const offerId = before?.id ?? newId("ofr", ctx.clock.now());
    const deal = await openDeal(ctx, scope, org, {
      clientId: client.id,
      title: `${client.name}: ${offer.categoryName}`,
      kind: "cross-sell",
      categoryId: offer.categoryId,
      stage: requireStage(stages, stages[0]?.key ?? ""),
      farmerId: client.owners.farming ?? (ctx.actor.kind === "user" ? ctx.actor.id : null),
      currency: org.currency,
      amountMinor: input.amountMinor ?? 0,
      expectedCloseOn: input.expectedCloseOn ?? null,
      note: null,
      offerId,
    });
    const decision = { clientId: client.id, categoryId: offer.categoryId, evidence: offer, dealId: deal.id };
    await recordDecision(ctx, scope, before, { ...decision, id: offerId, status: "accepted" });
    return { offerId, dealId: deal.id, created: true };
  });
}
