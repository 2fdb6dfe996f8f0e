import { DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { dealTexts, entryText } from "../../../domain/deal-texts.ts";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import { dealOf } from "../deals/deal-view.ts";
import { requireDeal } from "../deals/load-deal.ts";
import { requireStage } from "../pipelines/load-pipeline.ts";
import { assertLeadFree, clientLead } from "./client-lead.ts";

/** A deal and the lead to link it to. */
export const linkLeadInput = z.object({
  dealId: z.string().min(1, m.chooseDeal),
  leadRequestId: z.string().min(1, m.chooseLead),
});

/**
 * Links a deal opened by hand to its client's qualified lead, so the lead shows its deal and the
 * deal its source: BAD_INPUT naming `leadRequestId` for another client's or an unknown lead,
 * CONFLICT when the lead has another deal or the deal another lead. Linking the same pair again
 * changes nothing. Audited and put on the client's timeline.
 */
export async function linkLead({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof linkLeadInput>;
}) {
  const before = await requireDeal(ctx.org.db, ctx.actor, input.dealId);
  if (before.leadRequestId === input.leadRequestId)
    return dealOf(before, await requireStage(ctx.org.db, before.stageId), ctx.clock.now());
  if (before.leadRequestId)
    throw new DomainError("CONFLICT", m.dealHasLead, { fields: { dealId: m.dealHasLead } });
  const lead = await clientLead(ctx, before.clientId, input.leadRequestId);
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    await assertLeadFree(scope, lead.requestId);
    const now = ctx.clock.now();
    const change = {
      leadRequestId: lead.requestId,
      leadQualifiedAt: lead.qualifiedAt,
      source: before.source ?? lead.sourceName ?? null,
      updatedAt: now,
    };
    const [after] = await scope.tx.update(deals).set(change).where(eq(deals.id, before.id)).returning();
    if (!after) throw new DomainError("NOT_FOUND", m.noSuchDeal, { fields: { dealId: m.noSuchDeal } });
    await recordsOf(ctx).timeline.add(scope, {
      clientId: after.clientId,
      type: "system",
      function: "first-sale",
      ...entryText(org.locale, dealTexts.leadLinked(after.title, lead.sourceName), {
        event: "deal-lead-linked",
        dealId: after.id,
        leadRequestId: lead.requestId,
      }),
    });
    await scope.audit({
      action: "first-sale.deal.link-lead",
      entity: "deal",
      entityId: after.id,
      before: { leadRequestId: null },
      after: { leadRequestId: lead.requestId },
    });
    return dealOf(after, await requireStage(scope.tx, after.stageId), now);
  });
}
