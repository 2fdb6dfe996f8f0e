import { router } from "@quartet/core/trpc";
import { prospectingPermissions as p } from "../../contracts/permissions.ts";
import type { ProspectingPorts } from "../context.ts";
import { prospectingHealth } from "../health.ts";
import { proc, withPorts } from "../procedures.ts";
import { callerStats } from "../services/stats/caller-stats.ts";
import { dateRange } from "../services/stats/date-range.ts";
import { requestSourceStats } from "../services/stats/source-stats.ts";

/** Statistics over a range of business dates in the organisation's zone. */
export function statsRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    callers: proc(p.statsRead)
      .input(dateRange)
      .query(({ ctx, input }) => callerStats({ ctx: svc(ctx), input })),
    sources: proc(p.statsRead)
      .input(dateRange)
      .query(({ ctx, input }) => requestSourceStats({ ctx: svc(ctx), input })),
    /** The leg's vital signs (as the health page reads them), for the dashboard widget. */
    health: proc(p.statsRead).query(({ ctx }) => prospectingHealth(ctx.service)),
  });
}
