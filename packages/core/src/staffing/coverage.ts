import { type SalesFunction, salesFunctions } from "../functions.ts";
import type { GrowthStage } from "./growth-stage.ts";
import { adviseOnStage, type StageHint } from "./stage-advice.ts";

/** A member assigned to one function; `capacityPerDay: null` means unlimited. */
export type FunctionAssignment = {
  userId: string;
  function: SalesFunction;
  paused: boolean;
  capacityPerDay: number | null;
  teamId: string | null;
};

/** A team working one function. */
export type FunctionTeam = { id: string; function: SalesFunction; name: string; leadUserId: string | null };

/** What `computeCoverage` reads: the organisation's stage, enabled plugins, members, assignments and teams. */
export type CoverageInput = {
  stage: GrowthStage;
  /** Functions whose plugin is enabled for the organisation. */
  enabledFunctions: ReadonlySet<SalesFunction>;
  members: readonly { userId: string; name: string }[];
  assignments: readonly FunctionAssignment[];
  teams: readonly FunctionTeam[];
};

/** A leg's state by its people: `missing` with nobody assigned, `all-paused` when everybody assigned is paused. */
export type CoverageStatus = "covered" | "all-paused" | "missing";

/** A member covering a leg. */
export type CoveringPerson = Omit<FunctionAssignment, "function"> & { name: string };

/** Who covers one leg, and whether its plugin is enabled. `active` counts people who are not paused. */
export type LegCoverage = {
  function: SalesFunction;
  pluginEnabled: boolean;
  people: CoveringPerson[];
  teams: { id: string; name: string; leadUserId: string | null; size: number }[];
  active: number;
  status: CoverageStatus;
};

/** The four legs in `salesFunctions` order, a summary, and machine-readable hints about the growth stage. */
export type Coverage = {
  legs: LegCoverage[];
  summary: { missing: SalesFunction[]; covered: number };
  stageAdvice: StageHint[];
};

/**
 * Who covers each of the four legs. Assignments of users who are no longer members are ignored
 * (they left); a repeated assignment of one person to one function counts once. `status` speaks
 * of people only: a leg whose plugin is disabled shows `pluginEnabled: false` beside it.
 */
export function computeCoverage(input: CoverageInput): Coverage {
  const names = new Map(input.members.map((m) => [m.userId, m.name]));
  const legs = salesFunctions.map((fn): LegCoverage => {
    const list = peopleOf(fn, input.assignments, names);
    const active = list.filter((p) => !p.paused).length;
    return {
      function: fn,
      pluginEnabled: input.enabledFunctions.has(fn),
      people: list,
      teams: input.teams
        .filter((t) => t.function === fn)
        .map((t) => ({
          id: t.id,
          name: t.name,
          leadUserId: t.leadUserId,
          size: list.filter((p) => p.teamId === t.id).length,
        })),
      active,
      status: list.length === 0 ? "missing" : active === 0 ? "all-paused" : "covered",
    };
  });
  return {
    legs,
    summary: {
      missing: legs.filter((l) => l.status === "missing").map((l) => l.function),
      covered: legs.filter((l) => l.status === "covered").length,
    },
    stageAdvice: adviseOnStage(input.stage, legs),
  };
}

function peopleOf(
  fn: SalesFunction,
  assignments: readonly FunctionAssignment[],
  names: ReadonlyMap<string, string>,
): CoveringPerson[] {
  const people = new Map<string, CoveringPerson>();
  for (const { userId, function: assigned, paused, capacityPerDay, teamId } of assignments) {
    const name = names.get(userId);
    if (assigned !== fn || name === undefined || people.has(userId)) continue;
    people.set(userId, { userId, name, paused, capacityPerDay, teamId });
  }
  return [...people.values()];
}
