import { corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { diagnosticOf } from "../../diagnostic/from-host.ts";
import { diagnosticIdInput, saveDiagnosticInput, sendDiagnosticInput } from "../../diagnostic/inputs.ts";

const run = protectedProcedure(corePermissions.diagnosticRun.id);

/** `core.diagnostic`: the department self-diagnostic — questionnaire, reports, a consultation request. */
export const diagnosticRouter = router({
  /** Answers the organisation's data gives, each with its source. */
  prefill: run.query(({ ctx }) => diagnosticOf(ctx.host.host).prefill(ctx.org.orgId)),
  /** Saves completed answers with their report; answers `{ id, report }`. */
  save: run
    .input(saveDiagnosticInput)
    .mutation(({ ctx, input }) => diagnosticOf(ctx.host.host).save(ctx.actor, ctx.org.orgId, input.answers)),
  /** Past reports, newest first. */
  list: run.query(({ ctx }) => diagnosticOf(ctx.host.host).list(ctx.org.orgId)),
  /** One report with its answers. */
  get: run
    .input(diagnosticIdInput)
    .query(({ ctx, input }) => diagnosticOf(ctx.host.host).get(ctx.org.orgId, input.id)),
  /** Sends a report with a consultation request to the consultant the server administrator configured. */
  send: run.input(sendDiagnosticInput).mutation(({ ctx, input }) =>
    diagnosticOf(ctx.host.host).send(ctx.actor, ctx.org.orgId, {
      diagnosticId: input.id,
      name: input.name,
      phone: input.phone,
      comment: input.comment,
      locale: input.locale,
    }),
  ),
  /** Whether sending to a consultant is configured on this server (the UI hides the action otherwise). */
  consultant: run.query(({ ctx }) => diagnosticOf(ctx.host.host).consultant()),
});
