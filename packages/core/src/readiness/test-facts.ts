import type { ReadinessFacts } from "./types.ts";

/** Facts in which no signal holds (week 2026-W50), with `overrides` on top: the base of the rule tables. */
export function quietFacts(overrides: Partial<ReadinessFacts> = {}): ReadinessFacts {
  return {
    callers: [],
    farming: { portfolio: 0, overdue: 0, people: [], ownerId: "usr_owner" },
    vip: { enabled: false, bigClients: [], totalMinor: 0 },
    legs: [],
    currentWeek: "2026-W50",
    dismissals: [],
    ...overrides,
  };
}
