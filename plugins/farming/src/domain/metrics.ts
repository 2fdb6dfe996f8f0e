/** Farming's revenue and retention metrics, one module each; this is the one place to import them from. */
export { type Cohort, cohortRetention } from "./cohorts.ts";
export type { Payment, Period } from "./period.ts";
export { repeatPurchaseRate } from "./repeat-purchase.ts";
export { netRevenueRetention, nrrByQuarter, type Retention } from "./retention.ts";
export { existingVsNew, type RevenueMix } from "./revenue-mix.ts";
export { shareOfWallet } from "./share-of-wallet.ts";
