import type { MonitorDeps } from "./deps.ts";
import { monitorHistory } from "./history.ts";
import { readMonitor } from "./read-monitor.ts";
import { monitorSnapshotJob, takeSnapshot } from "./snapshot.ts";

/** The four-legs monitor bound to the host: read it now, read its history, take the weekly snapshot. */
export function createMonitor(deps: MonitorDeps) {
  return {
    read: (orgId: string) => readMonitor(deps, orgId),
    history: (orgId: string) => monitorHistory(deps, orgId),
    snapshot: (orgId: string) => takeSnapshot(deps, orgId),
    job: monitorSnapshotJob(deps),
  };
}

/** The host's monitor. */
export type Monitor = ReturnType<typeof createMonitor>;
export type { MonitorDeps } from "./deps.ts";
