import { DomainError, newId } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import type { z } from "zod";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { requireMember } from "../timeline/members.ts";
import { visibleClient } from "../timeline/visible-client.ts";
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
    throw new DomainError("BAD_INPUT", "Say who does the task", {
      fields: { assigneeId: "Choose a member" },
    });
  }
  if (assigneeId !== ctx.actor.id || ctx.actor.kind !== "user")
    await requireMember(ctx, assigneeId, "assigneeId");
  return ctx.org.write(ctx.actor, async (scope) => {
    if (input.clientId) await visibleClient(ctx, input.clientId, scope.tx);
    const now = ctx.clock.now();
    const row = {
      id: newId("tsk", now),
      clientId: input.clientId ?? null,
      title: input.title,
      note: input.note ?? null,
      function: input.function ?? null,
      mark: input.mark ?? null,
      assigneeId,
      dueAt,
      remindAt: input.remindAt ?? null,
      remindedAt: null,
      doneAt: null,
      createdBy: ctx.actor.id,
      createdAt: now,
      updatedAt: now,
    };
    await scope.tx.insert(tasks).values(row);
    await scope.audit({ action: "core.task.create", entity: "task", entityId: row.id, after: row });
    return row;
  });
}
