import { DomainError, peopleMessages, recordMessages } from "@quartet/core";
import type { z } from "zod";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { requireMember } from "../timeline/members.ts";
import { insertTask } from "./insert-task.ts";
import type { createTaskInput } from "./task-input.ts";
import { dueOf } from "./tasks.ts";

/** Creates a task for a member (by default the creator), optionally about a client, with a deadline and a reminder. */
export async function createTask({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: z.output<typeof createTaskInput>;
}) {
  const { timeZone } = await orgSettings(ctx);
  const dueAt = dueOf(input, timeZone) ?? null;
  const assigneeId = input.assigneeId ?? (ctx.actor.kind === "user" ? ctx.actor.id : null);
  if (!assigneeId) {
    throw new DomainError("BAD_INPUT", recordMessages.sayWho, {
      fields: { assigneeId: peopleMessages.chooseMember },
    });
  }
  if (assigneeId !== ctx.actor.id || ctx.actor.kind !== "user")
    await requireMember(ctx, assigneeId, "assigneeId");
  return ctx.org.write(ctx.actor, (scope) =>
    insertTask(ctx, scope, { ...input, assigneeId, dueAt, remindAt: input.remindAt ?? null }),
  );
}
