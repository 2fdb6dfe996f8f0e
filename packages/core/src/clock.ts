/** The source of time. Services read time from their context's clock, never `Date.now()`. */
export type Clock = {
  /** Current instant, UTC milliseconds. */
  now(): number;
};

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock for tests: starts at `start` and moves only when told. */
export function manualClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)): Clock & {
  advance(ms: number): void;
  set(ms: number): void;
} {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}
