import { median, speedToLeadMs } from "./speed-to-lead.ts";

/** An inbound request as statistics see it. */
export type RequestFact = {
  source: string;
  status: "new" | "qualified" | "merged" | "dismissed";
  receivedAt: number;
  firstActionAt: number | null;
};

/** One source's numbers. */
export type SourceStats = {
  source: string;
  requests: number;
  leads: number;
  /** leads / requests, 0..1. */
  conversion: number;
  /** Median time to the first human action over requests that got one; null when none did. */
  medianSpeedToLeadMs: number | null;
};

/** Requests, leads (qualified requests), conversion and median speed-to-lead per source, most requests first. */
export function sourceStats(requests: readonly RequestFact[]): SourceStats[] {
  const groups = new Map<string, RequestFact[]>();
  for (const r of requests) groups.set(r.source, [...(groups.get(r.source) ?? []), r]);
  return [...groups.entries()]
    .map(([source, group]) => {
      const leads = group.filter((r) => r.status === "qualified").length;
      const speeds = group
        .map((r) => speedToLeadMs(r.receivedAt, r.firstActionAt))
        .filter((ms): ms is number => ms !== null);
      return {
        source,
        requests: group.length,
        leads,
        conversion: Math.round((leads / group.length) * 1000) / 1000,
        medianSpeedToLeadMs: median(speeds),
      };
    })
    .sort((a, b) => b.requests - a.requests || a.source.localeCompare(b.source));
}
