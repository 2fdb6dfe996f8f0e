import { tasks } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { requireMember } from "../timeline/members.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import type { updateTaskInput } from "./task-input.ts";
import { assertMayChange, dueOf, requireTask } from "./tasks.ts";

/**
 * Changes a task: its creator, its assignee or a head of sales (record scope `all`) may rename,
 * reassign, reschedule it. Moving `remindAt` arms the reminder again.
 */
export async function updateTask({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: z.output<typeof updateTaskInput>;
}) {
  const { timeZone } = await orgSettings(ctx);
  const dueAt = dueOf(input, timeZone);
  if (input.assigneeId) await requireMember(ctx, input.assigneeId, "assigneeId");
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireTask(scope.tx, input.taskId);
    assertMayChange(ctx, before, true);
    if (input.clientId) await visibleClient(ctx, input.clientId, scope.tx);
    const pick = <K extends keyof typeof before>(key: K, value: (typeof before)[K] | undefined) =>
      value === undefined ? before[key] : value;
    const after = {
      ...before,
      title: pick("title", input.title),
      note: pick("note", input.note),
      clientId: pick("clientId", input.clientId),
      function: pick("function", input.function),
      assigneeId: pick("assigneeId", input.assigneeId),
      dueAt: pick("dueAt", dueAt),
      remindAt: pick("remindAt", input.remindAt),
      updatedAt: ctx.clock.now(),
    };
    await scope.tx.update(tasks).set(after).where(eq(tasks.id, before.id));
    await scope.audit({ action: "core.task.update", entity: "task", entityId: before.id, before, after });
    return after;
  });
}
