import type { FarmingOutputs } from "../api.ts";

/** Farming's statistics as `stats.summary` answers them. */
export type Summary = FarmingOutputs["stats"]["summary"];
