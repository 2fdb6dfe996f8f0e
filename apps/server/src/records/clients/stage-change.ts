import {
  type CustomerBasis,
  clientStageChanged,
  type LifecycleStage,
  type Locale,
  newId,
  type SalesFunction,
  type ServiceContext,
  type StageReason,
  type WriteScope,
  wordRef,
} from "@quartet/core";
import { clientStageHistory, clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { addActivity } from "../timeline/add-activity.ts";
import { stageChangeRef, stageChangeText, stageReasonRef } from "./stage-words.ts";

/** The function whose work a stage belongs to: prospecting finds and qualifies, first sale negotiates and wins. */
export const stageFunction: Record<LifecycleStage, SalesFunction> = {
  prospect: "prospecting",
  lead: "prospecting",
  negotiation: "first-sale",
  customer: "first-sale",
};

/**
 * What a stage change records beside the move itself. A `reasonCode` words the reason in the
 * organisation's language (`locale`, looked up when not given) and travels in the entry's data.
 */
export type StageChangeDetails = StageReason & {
  reason?: string | null;
  basis?: CustomerBasis | null;
  locale?: Locale;
};

/**
 * Moves a client to `to` inside the caller's transaction, with everything a move leaves behind:
 * the stage history row, a "stage-change" timeline entry, the audit record and `clientStageChanged`.
 * The caller has checked the move (`assertStageMove`).
 */
export async function applyStageChange(
  ctx: ServiceContext,
  scope: WriteScope,
  client: { id: string; stage: LifecycleStage },
  to: LifecycleStage,
  details: StageChangeDetails = {},
): Promise<void> {
  const now = ctx.clock.now();
  const locale = details.locale ?? (await ctx.records.people.organisation()).locale;
  const { reasonCode, reasonParams = {} } = details;
  const reasonRef = reasonCode ? stageReasonRef(reasonCode, reasonParams) : details.reason?.trim() || null;
  const reason = reasonRef === null || typeof reasonRef === "string" ? reasonRef : wordRef(locale, reasonRef);
  const basis = to === "customer" ? (details.basis ?? null) : null;
  await scope.tx.update(clients).set({ stage: to, updatedAt: now }).where(eq(clients.id, client.id));
  await recordStage(ctx, scope, client.id, client.stage, to, reason);
  await addActivity(scope, ctx.actor, now, {
    clientId: client.id,
    type: "stage-change",
    function: stageFunction[to],
    body: stageChangeText(locale, client.stage, to, reason),
    text: stageChangeRef(client.stage, to, reasonRef),
    data: { from: client.stage, to, reason, basis, ...(reasonCode ? { reasonCode, reasonParams } : {}) },
  });
  await scope.audit({
    action: "core.client.stage",
    entity: "client",
    entityId: client.id,
    before: { stage: client.stage },
    after: { stage: to, reason, basis },
  });
  await scope.emit(clientStageChanged, { clientId: client.id, from: client.stage, to, reason });
}

/** Writes one row of a client's stage history (`from` is null for the stage a client was created at). */
export async function recordStage(
  ctx: ServiceContext,
  scope: WriteScope,
  clientId: string,
  from: LifecycleStage | null,
  to: LifecycleStage,
  reason: string | null,
): Promise<void> {
  const now = ctx.clock.now();
  await scope.tx.insert(clientStageHistory).values({
    id: newId("stg", now),
    clientId,
    fromStage: from,
    toStage: to,
    reason,
    actorId: ctx.actor.id,
    at: now,
  });
}
