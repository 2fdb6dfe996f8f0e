import type { CurrencyCode } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import { type LeadQualified, leadQualified } from "@quartet/prospecting/contracts";
import { eq } from "drizzle-orm";
import type { FirstSaleSettings } from "../../contracts/settings.ts";
import { deals } from "../../db/schema.ts";
import { orgInfo, recordsOf, settingsOf } from "../context.ts";
import { insertDeal } from "../services/deals/insert-deal.ts";
import { startStage } from "../services/deals/start-stage.ts";
import { firstDelivery } from "./processed.ts";

/**
 * A lead qualified in prospecting becomes exactly one deal (with `autoCreateDealFromLead`): in the
 * default pipeline's first stage, for the hunter core's assignment engine picks (the client's
 * first-sale owner first), who becomes the client's first-sale owner. Idempotent twice over: the
 * processed events table, and a unique index on the lead's request id. The core handoff
 * prospecting → first sale stays in the hunter's inbox to accept.
 */
export const dealFromLead = defineSubscriber<LeadQualified, FirstSaleSettings>({
  name: "deal-from-lead",
  event: leadQualified,
  async handle(ctx, event) {
    const lead = event.payload;
    if (!(await firstDelivery(ctx.scope, event.id, "deal-from-lead", ctx.clock.now()))) return;
    const settings = settingsOf(ctx);
    if (!settings.autoCreateDealFromLead) return;
    const [existing] = await ctx.scope.tx
      .select({ id: deals.id })
      .from(deals)
      .where(eq(deals.leadRequestId, lead.requestId));
    if (existing) return;
    const records = recordsOf(ctx);
    let client = await records.clients.get(lead.clientId);
    if (client?.mergedIntoId) client = await records.clients.get(client.mergedIntoId);
    if (!client) {
      ctx.logger.warn(
        { clientId: lead.clientId, requestId: lead.requestId },
        "qualified lead without a client",
      );
      return;
    }
    const service = { ...ctx, settings };
    const org = await orgInfo(ctx);
    const owner = client.owners["first-sale"];
    // `strategy` is not in RecordsPort's `assignWork` type yet; the host's assignWork reads it.
    const assignment = { function: "first-sale" as const, subject: client.id, preferredUserId: owner };
    const withStrategy = { ...assignment, strategy: settings.assignmentStrategy };
    const chosen = await records.people.assignWork(ctx.scope, withStrategy);
    const hunterId = chosen.ok ? chosen.userId : null;
    await insertDeal(service, ctx.scope, org, {
      clientId: client.id,
      title: client.name,
      stage: await startStage(service, ctx.scope, {}),
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
      await records.clients.setOwner(ctx.scope, client.id, "first-sale", hunterId);
  },
});
