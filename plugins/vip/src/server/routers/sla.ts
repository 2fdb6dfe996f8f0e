import { router } from "@quartet/core/trpc";
import { vipPermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { slaReport, slaReportInput } from "../services/sla/sla-report.ts";

/** `vip.sla`: the first-response SLA report. */
export const slaRouter = router({
  report: proc(p.clientsRead)
    .input(slaReportInput)
    .query(({ ctx, input }) => slaReport({ ctx: ctx.service, input })),
});
