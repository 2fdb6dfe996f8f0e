import { can, corePermissions, DomainError, type WriteScope } from "@quartet/core";
import { z } from "zod";
import { insertTask } from "../tasks/insert-task.ts";
import type { RecordsContext } from "./context.ts";
import { requireMember } from "./members.ts";

/** A task to create with a logged entry ("call back on Friday at 11:00"), in the same transaction. */
export const followUpInput = z.object({
  title: z.string().trim().min(1, "Say what to do").max(300, "At most 300 characters"),
  dueAt: z.number({ message: "Choose when" }).int().nonnegative(),
  /** A member; defaults to whoever logs the entry. */
  assigneeId: z.string().min(1).optional(),
});

/**
 * Checks a follow-up task before anything is written: the actor needs `core.tasks.use`
 * (FORBIDDEN otherwise) and the assignee must be a member (`BAD_INPUT` naming `followUp.assigneeId`).
 */
export async function checkFollowUp(ctx: RecordsContext, followUp: z.output<typeof followUpInput>) {
  if (!can(ctx.actor, corePermissions.tasksUse.id)) {
    throw new DomainError("FORBIDDEN", "You may not create tasks");
  }
  const assigneeId = followUp.assigneeId ?? (ctx.actor.kind === "user" ? ctx.actor.id : null);
  if (!assigneeId) {
    throw new DomainError("BAD_INPUT", "Say who does the task", {
      fields: { "followUp.assigneeId": "Choose a member" },
    });
  }
  if (assigneeId !== ctx.actor.id || ctx.actor.kind !== "user")
    await requireMember(ctx, assigneeId, "followUp.assigneeId");
  return { ...followUp, assigneeId };
}

/** Writes a checked follow-up task about `clientId` inside the entry's transaction. */
export function addFollowUp(
  ctx: RecordsContext,
  scope: WriteScope,
  clientId: string,
  fn: Parameters<typeof insertTask>[2]["function"],
  followUp: Awaited<ReturnType<typeof checkFollowUp>>,
) {
  return insertTask(ctx, scope, { ...followUp, clientId, function: fn ?? null });
}
