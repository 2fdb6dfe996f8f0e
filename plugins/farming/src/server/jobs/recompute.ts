import type { JobDefinition } from "@quartet/core/plugin";
import { recomputeAll } from "../services/recompute/recompute-all.ts";

/** Every 24 hours: recompute every account (classes, lateness, cadence, health, maturity). */
export const recomputeJob: JobDefinition = {
  name: "recompute",
  everyMs: 24 * 3_600_000,
  run: async (ctx) => {
    await recomputeAll(ctx);
  },
};
