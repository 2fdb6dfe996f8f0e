import { router } from "@quartet/core/trpc";
import { vipPermissions as p } from "../../contracts/permissions.ts";
import { vipProgramSchema } from "../../contracts/program.ts";
import { withSystem } from "../context.ts";
import { proc } from "../procedures.ts";
import { loadProgram } from "../services/program/load-program.ts";
import { previewChange } from "../services/program/preview-change.ts";
import { saveProgram } from "../services/program/save-program.ts";

/** `vip.program`: the company's VIP program, a preview of a change, and saving it. */
export const programRouter = router({
  get: proc(p.clientsRead).query(({ ctx }) => loadProgram(ctx.service.org.db)),
  preview: proc(p.programManage)
    .input(vipProgramSchema)
    .query(({ ctx, input }) => previewChange({ ctx: withSystem(ctx), input })),
  save: proc(p.programManage)
    .input(vipProgramSchema)
    .mutation(({ ctx, input }) => saveProgram({ ctx: withSystem(ctx), input })),
});
