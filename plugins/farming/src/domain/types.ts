/** How a client's health reads: healthy, needs attention, at risk, or not enough history. */
export type HealthStatus = "healthy" | "watch" | "at-risk" | "unknown";

/** Why a client stands on its maturity step, as codes the interface words. */
export type MaturityReason = { code: string; params: Record<string, number | string> };

/** A client's purchase rhythm in one catalog category. */
export type CategoryPurchase = {
  categoryId: string;
  orders: number;
  intervalDays: number | null;
  lastOn: string;
  expectedOn: string | null;
  lateDays: number | null;
};
