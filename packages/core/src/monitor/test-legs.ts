import type { SalesFunction } from "../functions.ts";
import type { HealthReading } from "../plugin/health.ts";
import type { FlowCounts, LegInput } from "./types.ts";

/** A reading for tests: a percent against a target the company set unless told otherwise. */
export function reading(over: Partial<HealthReading> & Pick<HealthReading, "status">): HealthReading {
  return {
    key: "r",
    label: { en: "Reading", ru: "Показатель" },
    value: 10,
    target: 20,
    targetSource: "organisation",
    unit: "percent",
    ...over,
  };
}

/** A standing leg for tests: plugin on, one person at work, no readings. */
export function leg(fn: SalesFunction, over: Partial<LegInput> = {}): LegInput {
  return {
    function: fn,
    pluginInstalled: true,
    pluginEnabled: true,
    people: "covered",
    active: 1,
    capacityPerDay: null,
    readings: [],
    ...over,
  };
}

/** No clients stuck between legs. */
export const noFlow: FlowCounts = { leadsNotTaken: 0, waitingForFarmer: 0, rejected30d: {}, awaiting: {} };
