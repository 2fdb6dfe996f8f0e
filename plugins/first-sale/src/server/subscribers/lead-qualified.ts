import { defineSubscriber } from "@quartet/core/plugin";
import { type LeadQualified, leadQualified } from "@quartet/prospecting/contracts";
import type { FirstSaleSettings } from "../../contracts/settings.ts";
import { orgInfo, settingsOf } from "../context.ts";
import { dealForLead } from "../services/leads/deal-for-lead.ts";
import { firstDelivery } from "./processed.ts";

/**
 * A lead qualified in prospecting becomes exactly one deal (with `autoCreateDealFromLead`), see
 * `dealForLead`. Idempotent twice over: the processed events table, and a unique index on the
 * lead's request id. The core handoff prospecting → first sale stays in the hunter's inbox to accept.
 */
export const dealFromLead = defineSubscriber<LeadQualified, FirstSaleSettings>({
  name: "deal-from-lead",
  event: leadQualified,
  async handle(ctx, event) {
    if (!(await firstDelivery(ctx.scope, event.id, "deal-from-lead", ctx.clock.now()))) return;
    const settings = settingsOf(ctx);
    if (!settings.autoCreateDealFromLead) return;
    const service = { ...ctx, settings };
    await dealForLead(service, ctx.scope, await orgInfo(ctx), event.payload, settings.assignmentStrategy);
  },
});
