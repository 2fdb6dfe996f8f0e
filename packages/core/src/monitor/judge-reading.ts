import type { HealthReading } from "../plugin/health.ts";
import type { JudgedReading } from "./types.ts";

/**
 * What the monitor shows for a plugin's reading: "not enough data" (`unknown`) when it has no value
 * or the plugin cannot judge it ("no target" when it has a value but nobody set a target), and never red against a target nobody in the company set — a `bad`
 * reading whose target is the plugin's default (or absent) shows as `warn`.
 *
 * @example judgeReading({ …, value: 3, target: 20, status: "bad" }).judged // "warn"
 */
export function judgeReading(reading: HealthReading): JudgedReading {
  if (reading.value === null) return { ...reading, judged: "unknown", basis: "no-data" };
  if (reading.status === "unknown") {
    return { ...reading, judged: "unknown", basis: reading.target === undefined ? "no-target" : "no-data" };
  }
  if (reading.status === "bad" && reading.targetSource !== "organisation") {
    return { ...reading, judged: "warn", basis: "default-target" };
  }
  return { ...reading, judged: reading.status, basis: "plugin" };
}
