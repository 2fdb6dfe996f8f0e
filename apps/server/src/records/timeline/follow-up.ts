import {
  can,
  cleanText,
  corePermissions,
  DomainError,
  endOfLocalDay,
  peopleMessages,
  recordMessages,
  type WriteScope,
} from "@quartet/core";
import { z } from "zod";
import { insertTask } from "../tasks/insert-task.ts";
import { orgSettings, type RecordsContext } from "./context.ts";
import { requireMember } from "./members.ts";

/**
 * A task to create with a logged entry ("call back on Friday at 11:00"), in the same
 * transaction: due at an instant (`dueAt`) or by the end of a day in the organisation's time
 * zone (`dueDate`), one of the two.
 */
export const followUpInput = z.object({
  title: cleanText(300).min(1, recordMessages.sayWhatToDo),
  dueAt: z.number({ message: recordMessages.chooseWhen }).int().nonnegative().optional(),
  dueDate: z.iso.date(recordMessages.dateFormat).optional(),
  /** A member; defaults to whoever logs the entry. */
  assigneeId: z.string().min(1).optional(),
});

/**
 * Checks a follow-up task before anything is written: the actor needs `core.tasks.use`
 * (FORBIDDEN otherwise), it needs exactly one of `dueAt` and `dueDate` (`BAD_INPUT` naming
 * `followUp.dueAt`), and the assignee must be a member (`BAD_INPUT` naming `followUp.assigneeId`).
 */
export async function checkFollowUp(ctx: RecordsContext, followUp: z.output<typeof followUpInput>) {
  if (!can(ctx.actor, corePermissions.tasksUse.id)) {
    throw new DomainError("FORBIDDEN", recordMessages.noTasksForYou);
  }
  if ((followUp.dueAt === undefined) === (followUp.dueDate === undefined)) {
    throw new DomainError("BAD_INPUT", recordMessages.followUpDue, {
      fields: { "followUp.dueAt": recordMessages.chooseDateTime },
    });
  }
  const { dueDate, ...task } = followUp;
  const dueAt = dueDate ? endOfLocalDay(dueDate, (await orgSettings(ctx)).timeZone) : followUp.dueAt;
  const assigneeId = followUp.assigneeId ?? (ctx.actor.kind === "user" ? ctx.actor.id : null);
  if (!assigneeId) {
    throw new DomainError("BAD_INPUT", recordMessages.sayWho, {
      fields: { "followUp.assigneeId": peopleMessages.chooseMember },
    });
  }
  if (assigneeId !== ctx.actor.id || ctx.actor.kind !== "user")
    await requireMember(ctx, assigneeId, "followUp.assigneeId");
  return { ...task, dueAt, assigneeId };
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
