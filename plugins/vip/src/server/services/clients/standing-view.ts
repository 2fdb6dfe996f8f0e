import { addDays } from "@quartet/core";
import type { VipProgram } from "../../../contracts/program.ts";
import { isReviewDue } from "../../../domain/review.ts";
import { reasonText } from "../../../domain/texts.ts";
import { tierByKey } from "../../../domain/tiers.ts";
import type { OrgInfo } from "../../context.ts";
import type { StandingRow } from "../assess/read-assessment.ts";
import { tierRef, wordingNames } from "../assess/wording-names.ts";

/** Whether revenue over the last 12 months rose, fell or held against the 12 before (within 5 %). */
export function revenueTrend(current: number, previous: number): "up" | "down" | "flat" {
  if (current > previous * 1.05) return "up";
  if (current < previous * 0.95) return "down";
  return "flat";
}

/**
 * A stored standing as screens show it: the tier, since when, the grace period with its demotion
 * date, the reasons as codes with their numbers and worded in the organisation's language,
 * revenue with its trend, and the review schedule.
 */
export function standingView(row: StandingRow, program: VipProgram, org: OrgInfo) {
  const names = wordingNames(program, org);
  const tier = row.tierKey === null ? null : tierRef(program, row.tierKey);
  return {
    clientId: row.clientId,
    tier,
    since: row.since,
    action: row.action,
    by: row.by,
    reasons: row.reasons.map((reason) => ({ ...reason, text: reasonText(org.locale, reason, names) })),
    privileges: tierByKey(program, row.tierKey)?.privileges ?? null,
    grace:
      row.graceStartedOn === null
        ? null
        : { startedOn: row.graceStartedOn, demoteOn: addDays(row.graceStartedOn, program.graceDays) },
    revenue12m: { amountMinor: row.revenue12mMinor, currency: org.currency },
    revenuePrev12m: { amountMinor: row.revenuePrev12mMinor, currency: org.currency },
    revenueTrend: revenueTrend(row.revenue12mMinor, row.revenuePrev12mMinor),
    lastReviewOn: row.lastReviewOn,
    nextReviewOn: row.nextReviewOn,
    reviewDue: row.nextReviewOn !== null && isReviewDue(row.nextReviewOn, org.today),
    assessedOn: row.assessedOn,
  };
}
