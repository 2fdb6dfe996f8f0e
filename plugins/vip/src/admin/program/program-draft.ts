import type { Program } from "../api.ts";

/** The program being edited: the stored shape, money in kopecks. */
export type Draft = Program;

/** What each part of the calendar card takes: the calendar, its errors by path, and a store update. */
export type CalendarPartProps = {
  value: Draft["calendar"];
  at: (path: string) => string | undefined;
  update: (change: (calendar: Draft["calendar"]) => void) => void;
};

/** One tier of the draft. */
export type DraftTier = Draft["tiers"][number];

/** One criterion of the draft. */
export type DraftCriterion = DraftTier["criteria"][number];

/** The kinds a new criterion may take; catalogue categories are set where the catalogue is. */
export const offeredKinds = [
  "revenue",
  "tenure",
  "average-order",
  "largest-order",
  "payment-discipline",
  "manual",
] as const satisfies readonly DraftCriterion["kind"][];

/** A criterion of `kind` with the usual numbers: 12 months, 1 000 000 ₽, two years, no overdue orders. */
export function newCriterion(kind: (typeof offeredKinds)[number]): DraftCriterion {
  switch (kind) {
    case "revenue":
    case "average-order":
    case "largest-order":
      return { kind, windowMonths: 12, minMinor: 100_000_000 };
    case "tenure":
      return { kind, minMonths: 24, quartersWithRevenue: 4 };
    case "payment-discipline":
      return { kind, windowMonths: 12, maxOverdueOrders: 0 };
    case "manual":
      return { kind };
  }
}

/** A key no tier of `tiers` has (`tier-2`, `tier-3`, …): keys are internal and never shown. */
export function freshKey(tiers: readonly { key: string }[]): string {
  const taken = new Set(tiers.map((t) => t.key));
  let n = tiers.length + 1;
  while (taken.has(`tier-${n}`)) n += 1;
  return `tier-${n}`;
}

/** A new tier above the others, paid 10 000 000 ₽ in 12 months, with a 4-hour reply. */
export function newTier(tiers: readonly { key: string }[], name: { ru: string; en: string }): DraftTier {
  return {
    key: freshKey(tiers),
    name,
    combine: "all",
    criteria: [{ kind: "revenue", windowMonths: 12, minMinor: 1_000_000_000 }],
    privileges: {
      discountPercent: 0,
      deferredPaymentDays: 0,
      dedicatedManager: true,
      queuePriority: 10,
      firstResponseHours: 4,
    },
  };
}

/** `items` with the one at `from` moved to `to` (bounds kept). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (to < 0 || to >= next.length) return next;
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
