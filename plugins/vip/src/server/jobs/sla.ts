import type { JobDefinition } from "@quartet/core/plugin";
import { checkSla } from "../services/sla/check-sla.ts";

/** Every 5 minutes: time new client requests of VIP clients and announce breached SLAs. */
export const slaJob: JobDefinition = {
  name: "sla",
  everyMs: 5 * 60_000,
  run: async (ctx) => {
    await checkSla(ctx);
  },
};
