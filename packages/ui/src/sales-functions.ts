/**
 * The four sales functions — the legs of the stool — in display order.
 * Mirrors `salesFunctions` of `@quartet/core`, kept here so the design system stays free of server code.
 */
export const salesFunctions = ["prospecting", "first-sale", "farming", "vip"] as const;

/** One of the four sales functions. */
export type SalesFunction = (typeof salesFunctions)[number];

/** True when `value` names one of the four sales functions. */
export function isSalesFunction(value: unknown): value is SalesFunction {
  return typeof value === "string" && (salesFunctions as readonly string[]).includes(value);
}
