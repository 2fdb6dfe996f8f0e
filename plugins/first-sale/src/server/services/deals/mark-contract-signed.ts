import { DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { dealTexts, entryText } from "../../../domain/deal-texts.ts";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import { requireStage } from "../pipelines/load-pipeline.ts";
import { dealOf } from "./deal-view.ts";
import { requireDeal } from "./load-deal.ts";
import { winDeal } from "./win-deal.ts";

/**
 * Records that the contract of a deal is signed (once; again is a no-op). When the organisation
 * counts a sale at the signed contract, the deal is won there and then.
 */
export async function markContractSigned({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { dealId: string };
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    const now = ctx.clock.now();
    if (deal.contractSignedAt === null) {
      if (deal.status === "lost") throw new DomainError("CONFLICT", m.reopenFirst);
      await scope.tx
        .update(deals)
        .set({ contractSignedAt: now, updatedAt: now })
        .where(eq(deals.id, deal.id));
      await recordsOf(ctx).timeline.add(scope, {
        clientId: deal.clientId,
        type: "system",
        function: "first-sale",
        ...entryText(org.locale, dealTexts.contractSigned(deal.title), {
          event: "deal-contract-signed",
          dealId: deal.id,
        }),
      });
      await scope.audit({
        action: "first-sale.deal.contract",
        entity: "deal",
        entityId: deal.id,
        after: { contractSignedAt: now },
      });
      if (deal.status === "open" && ctx.settings.wonWhen.kind === "contract-signed") {
        await winDeal(ctx, scope, org, { ...deal, contractSignedAt: now }, "contract-signed");
      }
    }
    const after = await requireDeal(scope.tx, ctx.actor, deal.id);
    return dealOf(after, await requireStage(scope.tx, after.stageId), now);
  });
}
