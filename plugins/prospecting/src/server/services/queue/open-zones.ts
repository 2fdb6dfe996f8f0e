import { type CallingWindow, isCallable } from "../../../domain/calling-window.ts";

const maxEntries = 500;
const verdicts = new Map<string, { minute: number; open: boolean }>();

/**
 * The zones of `zones` inside `window` at `now` (`isCallable`), each verdict remembered for the
 * rest of its UTC minute: window bounds are whole local minutes and zone offsets whole minutes,
 * so the answer cannot change inside one, and a busy queue skips the time-zone arithmetic.
 */
export function openZones(zones: string[], window: CallingWindow, now: number): string[] {
  const minute = Math.floor(now / 60_000);
  const shape = `${window.days.join(",")}|${window.start}|${window.end}`;
  return zones.filter((zone) => {
    const key = `${zone}|${shape}`;
    const known = verdicts.get(key);
    if (known?.minute === minute) return known.open;
    const open = isCallable(now, zone, window);
    if (verdicts.size >= maxEntries) verdicts.clear();
    verdicts.set(key, { minute, open });
    return open;
  });
}
