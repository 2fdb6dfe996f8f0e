import type { SalesFunction } from "../functions.ts";
import type { HealthReading, HealthStatus } from "../plugin/health.ts";
import type { CoverageStatus } from "../staffing/coverage.ts";

/** A leg's state on the monitor, worst first: nobody or no plugin holds it, then by its readings. */
export type LegState = "missing" | "bad" | "warn" | "unknown" | "ok";

/** Why a leg is missing: its plugin is not installed on the server or not enabled, nobody covers it, or all its people are paused. */
export type MissingReason = "plugin-not-installed" | "plugin-disabled" | "no-person" | "all-paused";

/** The one thing to do about a missing leg. */
export type LegAction = "install-plugin" | "enable-plugin" | "assign-person" | "unpause-person";

/** Why a reading reads as it does: no data yet, no target to judge it by, judged by the plugin, or capped because nobody set its target. */
export type ReadingBasis = "no-data" | "no-target" | "plugin" | "default-target";

/** A plugin's reading as the monitor judges it: `status` is the plugin's, `judged` what the monitor shows. */
export type JudgedReading = HealthReading & { judged: HealthStatus; basis: ReadingBasis };

/** Clients stuck between legs, counted from core's handoff records. */
export type FlowCounts = {
  /** Leads handed prospecting → first sale whose latest handoff waits, was rejected or expired. */
  leadsNotTaken: number;
  /** Won clients handed first sale → farming whose latest handoff waits past its SLA or expired. */
  waitingForFarmer: number;
  /** Handoffs each function rejected in the last 30 days, by the receiving function. */
  rejected30d: Partial<Record<SalesFunction, number>>;
  /** Handoffs waiting for each function to take them (requested, undecided), by the receiving function. */
  awaiting: Partial<Record<SalesFunction, number>>;
};

/** What the monitor reads about one leg. `readings` is null when the plugin's readings failed. */
export type LegInput = {
  function: SalesFunction;
  pluginInstalled: boolean;
  pluginEnabled: boolean;
  people: CoverageStatus;
  /** People on the leg who are not paused, and their capacity per day (null: someone is unlimited). */
  active: number;
  capacityPerDay: number | null;
  readings: readonly HealthReading[] | null;
};

/** A number behind a leg's state, worst first: a reading off target or a flow of clients stuck. */
export type LegFact =
  | { code: "reading"; reading: JudgedReading }
  | { code: "leads-not-taken"; count: number }
  | { code: "waiting-for-farmer"; count: number }
  | { code: "rejected-30d"; count: number }
  | { code: "over-capacity"; count: number; capacityPerDay: number };

/** One leg as the monitor reports it. `score` is 0–100 (missing: 0), null without data. */
export type LegReport = {
  function: SalesFunction;
  state: LegState;
  /** Set when `state` is `missing`. */
  missing: { reasons: MissingReason[]; action: LegAction } | null;
  active: number;
  capacityPerDay: number | null;
  pluginEnabled: boolean;
  readingsFailed: boolean;
  readings: JudgedReading[];
  /** Problems, worst first: readings at `bad` or `warn` and flows with clients stuck. */
  facts: LegFact[];
  score: number | null;
};

/** Which leg wobbles: a missing one, the weakest present one, none (all four hold), or not enough data to say about `legs`. */
export type Verdict =
  | {
      kind: "missing";
      function: SalesFunction;
      reasons: MissingReason[];
      action: LegAction;
      alsoMissing: SalesFunction[];
    }
  | { kind: "weakest"; function: SalesFunction; state: "bad" | "warn"; facts: LegFact[] }
  | { kind: "steady" }
  | { kind: "no-data"; legs: SalesFunction[] };
