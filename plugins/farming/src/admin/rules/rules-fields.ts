/** How a rule's number is typed: whole, decimal, a share typed as a percent, or money typed in roubles. */
export type Unit = "int" | "decimal" | "share" | "money";

/** Every single-number rule by its path in the rules, with the way it is typed. */
export const scalarUnits = {
  "cadence.defaultDays": "int",
  "purchase.tolerancePercent": "int",
  "purchase.minLateDays": "int",
  "purchase.minOrders": "int",
  "classes.aShare": "share",
  "classes.bShare": "share",
  "classes.xMaxVariation": "share",
  "classes.yMaxVariation": "share",
  "ladder.complexMinCategories": "int",
  "ladder.complexMinOrderMinor": "money",
  "ladder.projectMinOrderMinor": "money",
  "health.weights.recency": "decimal",
  "health.weights.frequency": "decimal",
  "health.weights.trend": "decimal",
  "health.weights.contact": "decimal",
  "health.weights.issues": "decimal",
  "health.atRiskBelow": "int",
  "health.watchBelow": "int",
  "whitespace.windowMonths": "int",
  "whitespace.minSupport": "int",
  "whitespace.minConfidence": "share",
  "whitespace.maxOffers": "int",
  "targets.contactedWithinCadence": "decimal",
  "targets.overdueShare": "decimal",
  "targets.lateShare": "decimal",
  "targets.atRiskRevenueShare": "decimal",
  "targets.netRevenueRetention": "decimal",
} as const satisfies Record<string, Unit>;

/** The path of a single-number rule. */
export type ScalarPath = keyof typeof scalarUnits;

/** The unit a field path is typed in, also for the numbers of list rows (`cadence.rules.0.days`). */
export function unitOf(path: string): Unit {
  if (path in scalarUnits) return scalarUnits[path as ScalarPath];
  return path.endsWith("minRevenueMinor") ? "money" : "int";
}

/** A stored value as the user types it: a share as a percent, minor units as roubles. */
export function shownValue(unit: Unit, value: number): number {
  if (unit === "share") return Math.round(value * 10_000) / 100;
  if (unit === "money") return value / 100;
  return value;
}
