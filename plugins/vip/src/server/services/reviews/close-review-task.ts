import type { WriteScope } from "@quartet/core";
import type { VipContext } from "../../context.ts";

/**
 * Completes the review task raised for the client through core (audited as `core.task.complete`)
 * when it is still open; one already done or deleted by hand is left alone.
 */
export async function closeReviewTask(
  ctx: VipContext,
  scope: WriteScope,
  clientId: string,
  taskId: string | null,
): Promise<void> {
  if (!taskId) return;
  const open = await ctx.records.tasks.open({ clientIds: [clientId], function: "vip" });
  if (open.some((task) => task.id === taskId)) await ctx.records.tasks.complete(scope, taskId);
}
