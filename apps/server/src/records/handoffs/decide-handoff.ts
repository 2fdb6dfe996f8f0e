import {
  type HandoffAction,
  type Locale,
  nextHandoffState,
  type SalesFunction,
  type WriteScope,
} from "@quartet/core";
import { handoffs } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { addActivity } from "../timeline/add-activity.ts";
import type { RecordsContext } from "../timeline/context.ts";
import { handoffRef, handoffText } from "./handoff-texts.ts";
import type { HandoffRow } from "./handoffs.ts";

/**
 * Moves a requested handoff to its next state with `nextHandoffState` (CONFLICT once decided,
 * BAD_INPUT naming `reason` for a rejection without one) and records the decision: who, when,
 * why, on the handoff, the timeline and the audit log. The caller emits the event.
 */
export async function decideHandoff(
  ctx: RecordsContext,
  scope: WriteScope,
  before: HandoffRow,
  action: HandoffAction,
  locale: Locale,
  receiverId: string | null = before.receiverId,
): Promise<HandoffRow> {
  const state = nextHandoffState(before.state, action);
  const from = before.fromFunction as SalesFunction;
  const to = before.toFunction as SalesFunction;
  const now = ctx.clock.now();
  const reason = action.type === "reject" ? action.reason.trim() : null;
  const after = { ...before, state, receiverId, reason, decidedAt: now, decidedBy: ctx.actor.id };
  await scope.tx
    .update(handoffs)
    .set({ state, receiverId, reason, decidedAt: now, decidedBy: ctx.actor.id })
    .where(eq(handoffs.id, before.id));
  await addActivity(scope, ctx.actor, now, {
    clientId: before.clientId,
    type: "handoff",
    function: to,
    body: handoffText(locale, state, from, to, reason),
    text: handoffRef(state, from, to, reason),
    data: { handoffId: before.id, step: state, from, to, receiverId, reason, detail: reason },
  });
  await scope.audit({
    action: `core.handoff.${action.type}`,
    entity: "handoff",
    entityId: before.id,
    before,
    after,
  });
  return after;
}
