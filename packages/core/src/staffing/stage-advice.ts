import type { SalesFunction } from "../functions.ts";
import type { LegCoverage } from "./coverage.ts";
import type { GrowthStage } from "./growth-stage.ts";

/**
 * What a hint notes — none is an error, each suggests the stage or staffing may need a look:
 * `several-people-in-solo` (more than one person covers functions: maybe `specialists`),
 * `person-covers-several-functions` (at `specialists`, `userId` covers more than one leg),
 * `function-without-team` (at `departments`, `function` has no team).
 */
export type StageHintCode =
  | "several-people-in-solo"
  | "person-covers-several-functions"
  | "function-without-team";

/** A machine-readable hint about how staffing fits the growth stage; the UI words it. */
export type StageHint = { code: StageHintCode; function?: SalesFunction; userId?: string };

/** Hints comparing who covers the legs with the organisation's declared growth stage. */
export function adviseOnStage(stage: GrowthStage, legs: readonly LegCoverage[]): StageHint[] {
  switch (stage) {
    case "solo": {
      const people = new Set(legs.flatMap((l) => l.people.map((p) => p.userId)));
      return people.size > 1 ? [{ code: "several-people-in-solo" }] : [];
    }
    case "specialists": {
      const legsOf = new Map<string, number>();
      for (const p of legs.flatMap((l) => l.people)) legsOf.set(p.userId, (legsOf.get(p.userId) ?? 0) + 1);
      return [...legsOf]
        .filter(([, count]) => count > 1)
        .map(([userId]) => ({ code: "person-covers-several-functions", userId }));
    }
    case "departments":
      return legs
        .filter((l) => l.teams.length === 0)
        .map((l) => ({ code: "function-without-team", function: l.function }));
  }
}
