import type { z } from "zod";
import { requireStage } from "../../../domain/deal-flow.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import type { createDealInput } from "./deal-input.ts";
import { requireCategory, requireClient, requireFarmer } from "./deal-references.ts";
import { viewDeal } from "./deal-view.ts";
import { openDeal } from "./open-deal.ts";

/**
 * Opens an expansion deal for a client the actor sees (NOT_FOUND naming `clientId` otherwise),
 * named after the client unless given a title, in the organisation's currency, in the given stage
 * or the company's first. The farmer is the one given (a member), else the client's farmer, else
 * the person creating it.
 */
export async function createDeal({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: z.output<typeof createDealInput>;
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const client = await requireClient(ctx, input.clientId);
    if (input.categoryId) await requireCategory(ctx, input.categoryId);
    if (input.farmerId) await requireFarmer(ctx, input.farmerId);
    const stages = (await loadRules(scope.tx)).stages;
    const creator = ctx.actor.kind === "user" ? ctx.actor.id : null;
    const row = await openDeal(ctx, scope, org, {
      clientId: client.id,
      title: input.title ?? client.name,
      kind: input.kind,
      categoryId: input.categoryId ?? null,
      stage: requireStage(stages, input.stageKey ?? stages[0]?.key ?? ""),
      farmerId: input.farmerId ?? client.owners.farming ?? creator,
      currency: org.currency,
      amountMinor: input.amountMinor,
      expectedCloseOn: input.expectedCloseOn ?? null,
      note: input.note ?? null,
      offerId: null,
    });
    return viewDeal(ctx, row, stages);
  });
}
