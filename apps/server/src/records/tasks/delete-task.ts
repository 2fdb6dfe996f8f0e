import type { ServiceContext } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { assertMayChange, requireTask } from "./tasks.ts";

/** Deletes a task; only its creator or its assignee may. */
export async function deleteTask({ ctx, input }: { ctx: ServiceContext; input: { taskId: string } }) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireTask(scope.tx, input.taskId);
    assertMayChange(ctx, before, false);
    await scope.tx.delete(tasks).where(eq(tasks.id, before.id));
    await scope.audit({ action: "core.task.delete", entity: "task", entityId: before.id, before });
    return { deleted: true as const };
  });
}
