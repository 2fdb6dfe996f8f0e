export { isDismissed, readinessSignals, signalKeys } from "./readiness-signals.ts";
export { type ReadinessThresholds, readinessThresholds } from "./thresholds.ts";
export type * from "./types.ts";
