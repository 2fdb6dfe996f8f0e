import type { WriteScope } from "@quartet/core";
import type { VipProgram } from "../../../contracts/program.ts";
import { reassessClient } from "../../../domain/reassess.ts";
import { nextReviewOn } from "../../../domain/review.ts";
import { orgInfo, type VipContext } from "../../context.ts";
import { loadProgram } from "../program/load-program.ts";
import { handOver } from "./hand-over.ts";
import { raiseReview } from "./raise-review.ts";
import { type AssessTarget, readAssessment, type StandingRow } from "./read-assessment.ts";
import { recordMove } from "./record-move.ts";
import { managerOf } from "./responsible.ts";
import { revenueYears } from "./revenue.ts";
import { warnGrace } from "./warn-grace.ts";
import { writeStandings } from "./write-standings.ts";

/** What a reassessment did: how many clients it judged and moved. */
export type ReassessResult = { assessed: number; promoted: number; demoted: number; warned: number };

/**
 * Judges some clients, or all of them, under the program (the saved one unless given) as of today
 * inside `scope`, through `reassessClient` — the path the preview takes too. Each move sets core's
 * tier, goes on the timeline, is audited, emits its event and hands the client over; a grace
 * period starting warns the manager; a due review raises a task. `ctx` must be the system's view.
 * Idempotent: the same facts on the same day change nothing the second time.
 *
 * @example await ctx.org.write(systemActor, (scope) => reassessClients(ctx, scope, [clientId]))
 */
export async function reassessClients(
  ctx: VipContext,
  scope: WriteScope,
  target: AssessTarget,
  saved?: VipProgram,
): Promise<ReassessResult> {
  const org = await orgInfo(ctx);
  const program = saved ?? (await loadProgram(scope.tx));
  const read = await readAssessment(ctx, scope, org, program, target);
  const members = await ctx.records.people.members();
  const result: ReassessResult = { assessed: 0, promoted: 0, demoted: 0, warned: 0 };
  const rows: StandingRow[] = [];
  for (const client of read.clients) {
    const standing = read.standingOf.get(client.id);
    if (!standing) continue;
    const options = { asOf: org.today, categoryParents: read.categoryParents };
    const { decision } = reassessClient(program, standing, options);
    const previous = read.standings.get(client.id);
    const judged = { ctx, scope, org, program, client, decision };
    await recordMove(judged, standing.state.graceStartedOn);
    await handOver(judged);
    const manager = managerOf(client, members);
    const { next } = decision;
    const lastReviewOn = previous?.lastReviewOn ?? null;
    const reviewOn =
      next.tierKey === null || next.since === null
        ? null
        : nextReviewOn({ lastReviewOn, tierSince: next.since, periodMonths: program.reviewPeriodMonths });
    const prevWarned = previous?.graceWarnedFor ?? null;
    const graceWarnedFor = await warnGrace(judged, manager, prevWarned);
    const raised = {
      reviewTaskFor: previous?.reviewTaskFor ?? null,
      reviewTaskId: previous?.reviewTaskId ?? null,
    };
    rows.push({
      clientId: client.id,
      tierKey: next.tierKey,
      since: next.since,
      graceStartedOn: next.graceStartedOn,
      action: decision.action,
      by: decision.by,
      reasons: decision.reasons,
      ...revenueYears(standing.facts.payments, org.today),
      lastReviewOn,
      nextReviewOn: reviewOn,
      ...(await raiseReview(judged, reviewOn, manager, raised)),
      graceWarnedFor,
      assessedOn: org.today,
      updatedAt: ctx.clock.now(),
    });
    result.assessed++;
    if (decision.action === "promote") result.promoted++;
    if (decision.action === "demote") result.demoted++;
    if (graceWarnedFor !== prevWarned) result.warned++;
  }
  await writeStandings(scope, rows);
  return result;
}
