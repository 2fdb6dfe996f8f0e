import type { LocalizedText } from "../i18n.ts";

/** How a vital sign reads against its target. `unknown` when there is no data yet. */
export type HealthStatus = "ok" | "warn" | "bad" | "unknown";

/** One vital sign of a leg, as a plugin reports it for the health page. */
export type HealthReading = {
  key: string;
  label: LocalizedText;
  value: number | null;
  target?: number;
  unit?: "count" | "percent" | "hours" | "days" | "money" | "per-hour";
  status: HealthStatus;
  /** Change against the previous period, in the reading's unit. */
  trend?: number;
};
