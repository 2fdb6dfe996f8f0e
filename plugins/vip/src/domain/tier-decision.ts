import { addDays, daysBetween } from "@quartet/core";
import type { VipProgram } from "../contracts/program.ts";
import type { Reason } from "../contracts/reasons.ts";
import { decisiveResults, highestMet, type TierEvaluation } from "./criteria.ts";
import { tierIndex } from "./tiers.ts";

/** Where a client stands: its tier (null: none), since when, and when it fell below its tier (grace running). */
export type VipState = { tierKey: string | null; since: string | null; graceStartedOn: string | null };

/** A person's decision that wins over the rules until `until` (inclusive; null: no end). `keep` is a floor at `tierKey`; `exclude` keeps the client out of every tier. */
export type Override =
  | { mode: "keep"; tierKey: string; reason: string; until: string | null }
  | { mode: "exclude"; reason: string; until: string | null };

/** What happens to a client: moves up, moves down, a demotion warning starts, the client recovers, stays, or stays out. */
export type DecisionAction = "promote" | "demote" | "start-grace" | "end-grace" | "keep" | "none";

/** The outcome for one client: the action, who decided, the tiers, the next state and the reasons with their numbers. */
export type TierDecision = {
  action: DecisionAction;
  by: "rules" | "override";
  from: string | null;
  to: string | null;
  next: VipState;
  reasons: Reason[];
};

/** No tier and no grace: a client the program has never placed. */
export const outsideState: VipState = { tierKey: null, since: null, graceStartedOn: null };

/**
 * Decides a client's next tier. The highest tier met wins and promotion is at once. Below the
 * current tier, a grace period of `graceDays` starts (a warning); the client is demoted — to the
 * highest tier it still meets — when it is still below after the grace period, or stays when it
 * recovers. An active override wins: `exclude` removes the client at once, `keep` holds it at
 * least at its tier. A tier removed from the program is left at once, with no grace.
 */
export function decideTier(input: {
  program: Pick<VipProgram, "tiers" | "graceDays">;
  state: VipState;
  evaluations: readonly TierEvaluation[];
  override: Override | null;
  asOf: string;
}): TierDecision {
  const { program, state, evaluations, asOf } = input;
  const override = activeOverride(input.override, asOf);
  const from = state.tierKey;
  const grace = from === null ? null : state.graceStartedOn;
  const go = (action: DecisionAction, to: string | null, reasons: Reason[], by: Decider): TierDecision => ({
    action,
    by,
    from,
    to,
    next: { tierKey: to, since: to === null ? null : asOf, graceStartedOn: null },
    reasons,
  });
  const stay = (
    action: DecisionAction,
    graceStartedOn: string | null,
    reasons: Reason[],
    by: Decider,
  ): TierDecision => ({
    action,
    by,
    from,
    to: from,
    next: from === null ? outsideState : { tierKey: from, since: state.since, graceStartedOn },
    reasons,
  });

  if (override?.mode === "exclude") {
    const reasons: Reason[] = [
      { code: "override-exclude", params: { reason: override.reason, until: override.until } },
    ];
    return from === null ? stay("none", null, reasons, "override") : go("demote", null, reasons, "override");
  }
  const met = highestMet(evaluations);
  const floor = override ? tierIndex(program, override.tierKey) : -1;
  const target = Math.max(met, floor);
  const toKey = program.tiers[target]?.key ?? null;
  const by: Decider = floor > met ? "override" : "rules";
  const why = (index: number): Reason[] => {
    const evaluation = evaluations[index];
    const results = evaluation ? decisiveResults(evaluation) : [];
    if (!override || by === "rules") return results;
    const { tierKey, reason, until } = override;
    return [{ code: "override-keep", params: { tierKey, reason, until } }, ...results];
  };
  const current = tierIndex(program, from);

  if (from !== null && current === -1) {
    const reasons: Reason[] = [{ code: "tier-removed", params: { tierKey: from } }, ...why(target)];
    return go(target >= 0 ? "promote" : "demote", toKey, reasons, by);
  }
  if (target > current) return go("promote", toKey, why(target), by);
  if (target === current) {
    if (current === -1) return stay("none", null, [], by);
    if (grace === null) return stay("keep", null, why(current), by);
    return stay("end-grace", null, [{ code: "recovered", params: { since: grace } }, ...why(current)], by);
  }
  const below = why(current);
  if (program.graceDays === 0) return go("demote", toKey, below, by);
  if (grace === null) {
    const started: Reason = {
      code: "grace-started",
      params: { graceDays: program.graceDays, demoteOn: addDays(asOf, program.graceDays) },
    };
    return stay("start-grace", asOf, [...below, started], "rules");
  }
  const demoteOn = addDays(grace, program.graceDays);
  if (asOf >= demoteOn) {
    return go(
      "demote",
      toKey,
      [...below, { code: "grace-expired", params: { since: grace, graceDays: program.graceDays } }],
      by,
    );
  }
  const waiting: Reason = {
    code: "in-grace",
    params: { since: grace, demoteOn, daysLeft: daysBetween(asOf, demoteOn) },
  };
  return stay("keep", grace, [...below, waiting], "rules");
}

type Decider = TierDecision["by"];

/** The override when it still applies on `asOf` (its `until` day included), else null. */
export function activeOverride(override: Override | null, asOf: string): Override | null {
  return override && (override.until === null || override.until >= asOf) ? override : null;
}
