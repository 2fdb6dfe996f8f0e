import type { FarmingOutputs } from "../api.ts";

/** A deal's page as `deals.get` answers it. */
export type DealPageData = FarmingOutputs["deals"]["get"];

/** The deal itself. */
export type DealView = DealPageData["deal"];
