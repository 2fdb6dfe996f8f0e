import type { z } from "zod";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import type { createDealInput } from "./deal-input.ts";
import { dealOf } from "./deal-view.ts";
import { insertDeal } from "./insert-deal.ts";
import { linesFromInput } from "./line-rows.ts";
import { requireClient, requireMember } from "./people.ts";
import { startStage } from "./start-stage.ts";

/**
 * Opens a deal for an existing client (`NOT_FOUND` naming `clientId` otherwise). The hunter is
 * the one given (a member) or the person creating it; a client without a first-sale owner gets
 * the hunter as owner.
 */
export async function createDeal({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof createDealInput>;
}) {
  const records = recordsOf(ctx);
  const org = await orgInfo(ctx);
  const client = await requireClient(records, input.clientId);
  if (input.hunterId) await requireMember(records, input.hunterId);
  const hunterId = input.hunterId ?? (ctx.actor.kind === "user" ? ctx.actor.id : null);
  const currency = (input.currency ?? org.currency) as typeof org.currency;
  const lines = linesFromInput(input.lines, currency);
  return ctx.org.write(ctx.actor, async (scope) => {
    const stage = await startStage(ctx, scope, input);
    const row = await insertDeal(ctx, scope, org, {
      clientId: client.id,
      title: input.title ?? client.name,
      stage,
      contactId: input.contactId ?? null,
      hunterId,
      currency,
      estimateMinor: input.estimate?.amountMinor ?? 0,
      lines,
      expectedCloseOn: input.expectedCloseOn ?? null,
      source: input.source ?? null,
      leadRequestId: null,
      leadQualifiedAt: null,
      nextStep: input.nextStep,
    });
    if (hunterId && !client.owners["first-sale"]) {
      await records.clients.setOwner(scope, client.id, "first-sale", hunterId);
    }
    return dealOf(row, stage, ctx.clock.now());
  });
}
