import { cleanText, DomainError, recordMessages, salesFunctions } from "@quartet/core";
import { z } from "zod";
import { activityTypes, isLoggedType } from "./activity-types.ts";
import { addActivity } from "./add-activity.ts";
import { callDetails } from "./call-details.ts";
import type { RecordsContext } from "./context.ts";
import { addFollowUp, checkFollowUp, followUpInput } from "./follow-up.ts";
import { visibleClient } from "./visible-client.ts";

const clockSkewMs = 5 * 60_000;
const maxDataChars = 16_000;

/**
 * A call, meeting, message, email or note to put on a client's timeline; a call may say how it
 * went (`call`), and any entry may bring a follow-up task written in the same transaction.
 */
export const logActivityInput = z.object({
  clientId: z.string().min(1, recordMessages.chooseClient),
  type: z.enum(activityTypes),
  function: z.enum(salesFunctions).nullable(),
  body: cleanText(20_000, "multiline").min(1, recordMessages.writeWhatHappened),
  occurredAt: z.number().int().nonnegative().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  call: callDetails.optional(),
  followUp: followUpInput.optional(),
});

/**
 * Logs what a person did with a client. Stage changes, handoffs and system entries are
 * refused (`BAD_INPUT` naming `type`): Quartet writes those itself. Call details on another
 * type are refused naming `call`; a follow-up task needs `core.tasks.use`, and the entry and
 * the task are written together or not at all.
 */
export async function logActivity({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: z.output<typeof logActivityInput>;
}) {
  const now = ctx.clock.now();
  if (!isLoggedType(input.type)) {
    throw new DomainError("BAD_INPUT", recordMessages.writtenByQuartet, {
      params: { type: input.type },
      fields: { type: recordMessages.chooseActivityType },
    });
  }
  if (input.occurredAt !== undefined && input.occurredAt > now + clockSkewMs) {
    throw new DomainError("BAD_INPUT", recordMessages.noFuture, {
      fields: { occurredAt: recordMessages.notInFuture },
    });
  }
  if (input.data && JSON.stringify(input.data).length > maxDataChars) {
    throw new DomainError("BAD_INPUT", recordMessages.dataTooLarge, {
      fields: { data: { key: recordMessages.dataAtMost, params: { count: maxDataChars } } },
    });
  }
  if (input.call && input.type !== "call") {
    throw new DomainError("BAD_INPUT", recordMessages.onlyCallResult, {
      fields: { call: recordMessages.onlyForCalls },
    });
  }
  const followUp = input.followUp && (await checkFollowUp(ctx, input.followUp));
  const { call, followUp: _, ...fields } = input;
  return ctx.org.write(ctx.actor, async (scope) => {
    await visibleClient(ctx, input.clientId, scope.tx);
    const data = { ...input.data, ...(call && { call }) };
    const entry = { ...fields, data, occurredAt: input.occurredAt ?? now };
    const id = await addActivity(scope, ctx.actor, now, entry);
    const task = followUp ? await addFollowUp(ctx, scope, input.clientId, input.function, followUp) : null;
    await scope.audit({
      action: "core.activity.log",
      entity: "activity",
      entityId: id,
      after: { clientId: input.clientId, type: input.type, function: input.function, taskId: task?.id },
    });
    return {
      id,
      ...entry,
      authorId: ctx.actor.id,
      authorName: ctx.actor.name,
      createdAt: now,
      followUpTaskId: task?.id ?? null,
    };
  });
}
