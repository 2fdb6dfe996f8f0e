import type { JobDefinition } from "@quartet/core/plugin";
import { reassessAll } from "../services/assess/reassess-all.ts";

/** Every 24 hours: judge every client again (windows slide, grace periods end, overrides expire, reviews fall due). */
export const reassessJob: JobDefinition = {
  name: "reassess",
  everyMs: 24 * 3_600_000,
  run: async (ctx) => {
    await reassessAll(ctx);
  },
};
