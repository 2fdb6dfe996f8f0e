import type { LocalizedText } from "../i18n.ts";

/** How a vital sign reads against its target. `unknown` when there is no data yet. */
export type HealthStatus = "ok" | "warn" | "bad" | "unknown";

/** One vital sign of a leg, as a plugin reports it for the health page. */
export type HealthReading = {
  key: string;
  label: LocalizedText;
  value: number | null;
  target?: number;
  /**
   * Who chose `target`: `organisation` when the company set it (a setting, a saved rule), `default`
   * when it is the plugin's own norm. The monitor never shows red against a default target: a
   * `bad` status there reads as `warn`. Missing means `default`.
   */
  targetSource?: "organisation" | "default";
  unit?: "count" | "percent" | "hours" | "days" | "money" | "per-hour";
  status: HealthStatus;
  /** Change against the previous period, in the reading's unit. */
  trend?: number;
  /** Where in the admin app to act on it, e.g. `/first-sale/deals`. */
  href?: string;
};
