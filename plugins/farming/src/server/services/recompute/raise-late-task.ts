import { type ClientSummary, daysBetween, type WriteScope } from "@quartet/core";
import { lateReason, lateTaskTitle } from "../../../domain/texts.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import type { AccountRow } from "./read-facts.ts";

/**
 * The "late to buy" mark of an account after this recompute. A late client with a farmer gets
 * one task per expected purchase (`lateTaskFor` holds the expected date it was raised for), worded
 * in the organisation's language with the reason; a client no longer late loses the mark, so a
 * later lateness raises a new task. Without a farmer (a member of the organisation) nothing is
 * raised: the head's day lists the client.
 */
export async function raiseLateTask(
  ctx: FarmingContext,
  scope: WriteScope,
  org: OrgInfo,
  client: ClientSummary,
  farmerId: string | null,
  account: AccountRow,
): Promise<string | null> {
  if (account.lateDays === null || account.expectedOn === null || account.lastOrderOn === null) return null;
  if (account.lateTaskFor === account.expectedOn) return account.lateTaskFor;
  if (!farmerId) return null;
  await ctx.records.tasks.create(scope, {
    clientId: client.id,
    title: lateTaskTitle(org.locale, { clientName: client.name }),
    note: lateReason(org.locale, {
      categoryName: null,
      intervalDays: account.intervalDays ?? 0,
      daysSince: daysBetween(account.lastOrderOn, org.today),
    }),
    function: "farming",
    assigneeId: farmerId,
    dueAt: ctx.clock.now(),
  });
  return account.expectedOn;
}
