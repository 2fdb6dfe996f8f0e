import { addDays, localDate } from "@quartet/core";
import type { FarmingRules } from "../contracts/rules.ts";
import type { AbcClass } from "./abc-xyz.ts";

/** The company's cadence rules (`rules.cadence`), read-only. */
export type CadenceRules = {
  rules: readonly FarmingRules["cadence"]["rules"][number][];
  defaultDays: number;
};

/** The contact cadence in force for a client and where it came from. */
export type Cadence = { days: number; source: "override" | "rule" | "default" };

/**
 * How often a client must be contacted: the farmer's own setting for it, else the first company
 * rule whose conditions (class, 12-month revenue at least) all hold, else the default. A client
 * without a class never matches a rule that names one.
 *
 * @example cadenceFor({ abc: "A", revenue12mMinor: 0, overrideDays: null }, defaultFarmingRules.cadence) // { days: 14, source: "rule" }
 */
export function cadenceFor(
  client: { abc: AbcClass | null; revenue12mMinor: number; overrideDays: number | null },
  rules: CadenceRules,
): Cadence {
  if (client.overrideDays !== null) return { days: client.overrideDays, source: "override" };
  const match = rules.rules.find(
    (rule) =>
      (rule.abc === null || rule.abc === client.abc) &&
      (rule.minRevenueMinor === null || client.revenue12mMinor >= rule.minRevenueMinor),
  );
  return match ? { days: match.days, source: "rule" } : { days: rules.defaultDays, source: "default" };
}

/**
 * The business date by which a client must be contacted: the local date of the last contact plus
 * the cadence; a client never contacted counts from its first order; with neither, null.
 *
 * @example contactDue(Date.parse("2026-03-01T22:30:00Z"), null, 14, "Europe/Moscow") // "2026-03-16"
 */
export function contactDue(
  lastContactAt: number | null,
  firstOrderOn: string | null,
  cadenceDays: number,
  timeZone: string,
): string | null {
  if (lastContactAt !== null) return addDays(localDate(lastContactAt, timeZone), cadenceDays);
  if (firstOrderOn !== null) return addDays(firstOrderOn, cadenceDays);
  return null;
}

/**
 * True when the contact was due before today; due today is not overdue yet, no date never is.
 *
 * @example isOverdue("2026-03-15", "2026-03-16") // true
 */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}
