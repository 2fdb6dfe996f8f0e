import {
  DomainError,
  functionRef,
  handoffRequested,
  newId,
  recordMessages,
  type WriteScope,
} from "@quartet/core";
import { handoffs } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import { addActivity } from "../timeline/add-activity.ts";
import { orgSettings, parseInput, type RecordsContext } from "../timeline/context.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { chooseReceiver } from "./choose-receiver.ts";
import { type RequestHandoffInput, requestHandoffInput } from "./handoff-input.ts";
import { handoffRef, handoffText } from "./handoff-texts.ts";
import { handoffOf } from "./handoffs.ts";

/**
 * Hands a client from one function to another inside the caller's transaction: picks the
 * receiver (chosen, or the assignment engine — possibly nobody, with the reason), sets the
 * accept-by time (`slaHours`, 24 by default), emits `core.handoff.requested` and puts it on the
 * timeline. A second open handoff of the client to the same function is a `CONFLICT`.
 * Plugins call it for prospecting → first sale and first sale → farming.
 *
 * @example await requestHandoff(ctx, scope, { clientId, fromFunction: "prospecting", toFunction: "first-sale", note: "Wants a quote" })
 */
export async function requestHandoff(ctx: RecordsContext, scope: WriteScope, raw: RequestHandoffInput) {
  const input = parseInput(requestHandoffInput, raw);
  const client = await visibleClient(ctx, input.clientId, scope.tx);
  const [open] = await scope.tx
    .select({ id: handoffs.id })
    .from(handoffs)
    .where(
      and(
        eq(handoffs.clientId, client.id),
        eq(handoffs.toFunction, input.toFunction),
        eq(handoffs.state, "requested"),
      ),
    );
  if (open) {
    throw new DomainError("CONFLICT", recordMessages.alreadyWaiting, {
      params: { function: functionRef(input.toFunction) },
      details: { handoffId: open.id },
    });
  }
  const { locale } = await orgSettings(ctx);
  const receiver = await chooseReceiver(ctx, scope, client, input.toFunction, input.receiverId, locale);
  const now = ctx.clock.now();
  const row = {
    id: newId("hnd", now),
    clientId: client.id,
    fromFunction: input.fromFunction,
    toFunction: input.toFunction,
    note: input.note,
    context: input.context,
    requestedBy: ctx.actor.id,
    receiverId: receiver.receiverId,
    assignmentReason: receiver.assignmentReason,
    state: "requested" as const,
    acceptBy: now + input.slaHours * 3_600_000,
    decidedAt: null,
    decidedBy: null,
    reason: null,
    createdAt: now,
  };
  await scope.tx.insert(handoffs).values(row);
  const { id: handoffId, clientId, fromFunction, toFunction, receiverId, note, acceptBy, context } = row;
  await scope.emit(handoffRequested, {
    handoffId,
    clientId,
    fromFunction,
    toFunction,
    receiverId,
    note,
    acceptBy,
    context,
  });
  const detail = `${receiver.explanation}. ${note}`;
  await addActivity(scope, ctx.actor, now, {
    clientId,
    type: "handoff",
    function: fromFunction,
    body: handoffText(locale, "requested", fromFunction, toFunction, detail),
    text: handoffRef("requested", fromFunction, toFunction, detail),
    data: {
      handoffId,
      step: "requested",
      from: fromFunction,
      to: toFunction,
      detail,
      receiverId,
      assignmentReason: row.assignmentReason,
    },
  });
  await scope.audit({ action: "core.handoff.request", entity: "handoff", entityId: handoffId, after: row });
  return { ...handoffOf(row, now, client.name), explanation: receiver.explanation };
}
