/** The four functions that bring money in directly — the four legs of the stool. */
export const salesFunctions = ["prospecting", "first-sale", "farming", "vip"] as const;

/** One of the four sales functions: `prospecting | first-sale | farming | vip`. */
export type SalesFunction = (typeof salesFunctions)[number];

/** True when `value` names one of the four sales functions. */
export function isSalesFunction(value: unknown): value is SalesFunction {
  return typeof value === "string" && (salesFunctions as readonly string[]).includes(value);
}
