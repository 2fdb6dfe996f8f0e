import { coverageStatus, nextStepStatus, rottingStatus, winRateStatus } from "../../domain/health-status.ts";
import type { FirstSaleOutputs } from "../api.ts";

/** The statistics as `stats.summary` answers them. */
export type Summary = FirstSaleOutputs["stats"]["summary"];

/** A health status, as the domain judges a reading. */
export type Health = ReturnType<typeof winRateStatus>;

/** One of first sale's health readings: a share (or null when it cannot be said) and its status. */
export type Reading = {
  key: "winRate" | "rotting" | "withoutNextStep" | "coverage";
  share: number | null;
  status: Health;
};

/** The four health readings of a summary, judged by the same thresholds as the four-legs page. */
export function readingsOf(s: Summary): Reading[] {
  return [
    { key: "winRate", share: s.winRate, status: winRateStatus(s.winRate, s.won + s.lost) },
    { key: "rotting", share: s.rottingShare, status: rottingStatus(s.rottingShare) },
    { key: "withoutNextStep", share: s.withoutNextStepShare, status: nextStepStatus(s.withoutNextStepShare) },
    { key: "coverage", share: s.weightedCoverage, status: coverageStatus(s.weightedCoverage) },
  ];
}

/** The ui's status pill for a health status. */
export function pillOf(status: Health): "ok" | "warning" | "error" | "inactive" {
  return status === "ok" ? "ok" : status === "warn" ? "warning" : status === "bad" ? "error" : "inactive";
}

/** `YYYY-MM-DD` of a day `days` before `date` (a business date). */
export function daysBefore(date: string, days: number): string {
  const at = Date.parse(`${date}T12:00:00Z`) - days * 86_400_000;
  return new Date(at).toISOString().slice(0, 10);
}
