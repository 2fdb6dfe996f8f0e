import type { AssignmentStrategy, CurrencyCode, WriteScope } from "@quartet/core";
import type { LeadQualified } from "@quartet/prospecting/contracts";
import { eq } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import { type FirstSaleContext, type OrgInfo, recordsOf } from "../../context.ts";
import { insertDeal } from "../deals/insert-deal.ts";
import { startStage } from "../deals/start-stage.ts";

/**
 * Opens the one deal of a qualified lead inside the caller's transaction, or does nothing when
 * the lead already has a deal or its client is gone (false). The deal starts in the default
 * pipeline's first stage, named after the client, for the hunter core's assignment engine picks
 * as it picks the receiver of a handoff (the client's first-sale owner first, a staffed
 * specialist before an owner who covers everything), who becomes the client's first-sale owner.
 */
export async function dealForLead(
  ctx: FirstSaleContext,
  scope: WriteScope,
  org: OrgInfo,
  lead: LeadQualified,
  strategy: AssignmentStrategy,
): Promise<boolean> {
  const [existing] = await scope.tx
    .select({ id: deals.id })
    .from(deals)
    .where(eq(deals.leadRequestId, lead.requestId));
  if (existing) return false;
  const records = recordsOf(ctx);
  let client = await records.clients.get(lead.clientId);
  if (client?.mergedIntoId) client = await records.clients.get(client.mergedIntoId);
  if (!client) {
    ctx.logger.warn(
      { clientId: lead.clientId, requestId: lead.requestId },
      "qualified lead without a client",
    );
    return false;
  }
  const owner = client.owners["first-sale"];
  const chosen = await records.people.assignWork(scope, {
    function: "first-sale",
    subject: client.id,
    preferredUserId: owner,
    strategy,
  });
  const hunterId = chosen.ok ? chosen.userId : null;
  await insertDeal(ctx, scope, org, {
    clientId: client.id,
    title: client.name,
    stage: await startStage(ctx, scope, {}),
    contactId: null,
    hunterId,
    currency: org.currency as CurrencyCode,
    estimateMinor: 0,
    lines: [],
    expectedCloseOn: null,
    source: lead.sourceName ?? lead.source,
    leadRequestId: lead.requestId,
    leadQualifiedAt: lead.qualifiedAt,
    nextStep: undefined,
  });
  if (hunterId && hunterId !== owner)
    await records.clients.setOwner(scope, client.id, "first-sale", hunterId);
  return true;
}
