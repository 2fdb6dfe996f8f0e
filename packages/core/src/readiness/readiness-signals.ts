import { salesFunctions } from "../functions.ts";
import { enableVip } from "./enable-vip.ts";
import { hireCallers } from "./hire-callers.ts";
import { hireFarmer } from "./hire-farmer.ts";
import { splitFunction } from "./split-function.ts";
import { type ReadinessThresholds, readinessThresholds } from "./thresholds.ts";
import type { ReadinessFacts, Signal, SignalDismissal, SignalKey } from "./types.ts";

/** True while a dismissal hides its signal: for good, or until its snooze ends. */
export function isDismissed(dismissal: SignalDismissal | undefined, now: number): boolean {
  return dismissal !== undefined && (dismissal.until === null || dismissal.until > now);
}

/**
 * The readiness signals that hold for these facts and are not dismissed or snoozed at `now`, in a
 * fixed order: hire callers, hire a farmer, enable VIP, split functions (prospecting to VIP).
 *
 * @example readinessSignals(facts, clock.now()).map((s) => s.key) // ["hire-callers", "split-function:farming"]
 */
export function readinessSignals(
  facts: ReadinessFacts,
  now: number,
  thresholds: ReadinessThresholds = readinessThresholds,
): Signal[] {
  const dismissals = new Map(facts.dismissals.map((d) => [d.signal, d]));
  const all = [
    hireCallers(facts, thresholds),
    hireFarmer(facts, thresholds),
    enableVip(facts, thresholds),
    ...splitFunction(facts, thresholds),
  ];
  return all.filter((s): s is Signal => s !== null && !isDismissed(dismissals.get(s.key), now));
}

/** Every key a dismissal may name: three codes and one split per leg. */
export const signalKeys = [
  "hire-callers",
  "hire-farmer",
  "enable-vip",
  ...salesFunctions.map((fn) => `split-function:${fn}` as const),
] as const satisfies readonly SignalKey[];
