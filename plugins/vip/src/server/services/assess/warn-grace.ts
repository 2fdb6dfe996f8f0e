import { addDays } from "@quartet/core";
import { tierName } from "../../../domain/criterion-texts.ts";
import { graceTaskTitle } from "../../../domain/task-texts.ts";
import { reasonText } from "../../../domain/texts.ts";
import type { Judged } from "./judged.ts";
import { wordingNames } from "./wording-names.ts";

/**
 * When a grace period starts, warns the key-account manager with a task (due now) naming the date
 * of the demotion and the reasons; once per grace period. Returns the grace start warned for.
 */
export async function warnGrace(
  { ctx, scope, org, program, client, decision }: Judged,
  managerId: string | null,
  warnedFor: string | null,
): Promise<string | null> {
  const grace = decision.next.graceStartedOn;
  if (grace === null || decision.from === null || warnedFor === grace || managerId === null) return warnedFor;
  const names = wordingNames(program, org);
  await ctx.records.tasks.create(scope, {
    clientId: client.id,
    title: graceTaskTitle(org.locale, {
      clientName: client.name,
      tierName: tierName(decision.from, org.locale, names),
      demoteOn: addDays(grace, program.graceDays),
    }),
    note: decision.reasons.map((r) => reasonText(org.locale, r, names)).join("; "),
    function: "vip",
    assigneeId: managerId,
    dueAt: ctx.clock.now(),
  });
  return grace;
}
