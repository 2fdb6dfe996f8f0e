import type { WriteScope } from "@quartet/core";
import { and, eq, isNull } from "drizzle-orm";
import { calls } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import { writeFieldValues } from "../queue/write-field-values.ts";
import type { RequestRow } from "./load-request.ts";

/**
 * Writes the core and custom fields a call collected but could not write (the caller may not write the
 * client) once someone who may — the person triaging its request — qualifies or merges it.
 */
export async function applyCallFields(
  ctx: ProspectingContext,
  scope: WriteScope,
  request: RequestRow,
  clientId: string,
): Promise<void> {
  if (!request.callId) return;
  const [call] = await scope.tx
    .select({ id: calls.id, fieldWrites: calls.fieldWrites })
    .from(calls)
    .where(and(eq(calls.id, request.callId), isNull(calls.fieldsAppliedAt)));
  if (!call || Object.keys(call.fieldWrites).length === 0) return;
  await writeFieldValues(ctx, scope, clientId, call.fieldWrites);
  await scope.tx.update(calls).set({ fieldsAppliedAt: ctx.clock.now() }).where(eq(calls.id, call.id));
}
