import { cleanText } from "@quartet/core";
import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { m } from "../../contracts/messages.ts";
import { prospectingPermissions as p } from "../../contracts/permissions.ts";
import { dispositions } from "../../domain/dispositions.ts";
import { scriptGraph } from "../../domain/script-graph.ts";
import type { ProspectingPorts } from "../context.ts";
import { proc, withPorts } from "../procedures.ts";
import { answerStep } from "../services/queue/answer-step.ts";
import { currentCall } from "../services/queue/call-screen.ts";
import { claimNext } from "../services/queue/claim-next.ts";
import { disposeCall } from "../services/queue/dispose-call.ts";
import { releaseRecord } from "../services/queue/release-record.ts";
import { createScript } from "../services/scripts/create-script.ts";
import { publishVersion } from "../services/scripts/publish-version.ts";
import { getScript, listScripts } from "../services/scripts/read-scripts.ts";

const memberId = z.string().min(1);
const answer = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

/** The call queue: claim the next record, close the call, give a record back. */
export function queueRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    next: proc(p.callsWork)
      .input(z.object({ campaignId: z.string().min(1) }))
      .mutation(({ ctx, input }) => claimNext({ ctx: svc(ctx), input })),
    dispose: proc(p.callsWork)
      .input(
        z.object({
          memberId,
          disposition: z.enum(dispositions).optional(),
          answers: z
            .array(z.object({ stepId: z.string().min(1), value: answer }))
            .max(200)
            .optional(),
          note: cleanText(2000, "multiline").nullish(),
          callbackAt: z.number().int().positive().nullish(),
        }),
      )
      .mutation(({ ctx, input }) => disposeCall({ ctx: svc(ctx), input })),
    release: proc(p.callsWork)
      .input(z.object({ memberId }))
      .mutation(({ ctx, input }) => releaseRecord({ ctx: svc(ctx), input })),
  });
}

/** The caller's call screen: the held record and the script walk. */
export function callScreenRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    current: proc(p.callsWork)
      .input(z.object({ campaignId: z.string().min(1).optional() }))
      .query(({ ctx, input }) => currentCall({ ctx: svc(ctx), input })),
    answer: proc(p.callsWork)
      .input(z.object({ memberId, stepId: z.string().min(1), value: answer }))
      .mutation(({ ctx, input }) => answerStep({ ctx: svc(ctx), input })),
  });
}

/** Call scripts: read by callers, written (as new versions) by managers. */
export function scriptsRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    list: proc(p.scriptsRead).query(({ ctx }) => listScripts({ ctx: svc(ctx) })),
    get: proc(p.scriptsRead)
      .input(z.object({ scriptId: z.string().min(1), version: z.number().int().min(1).optional() }))
      .query(({ ctx, input }) => getScript({ ctx: svc(ctx), input })),
    create: proc(p.scriptsManage)
      .input(z.object({ name: cleanText(200).min(1, m.nameScript), graph: scriptGraph }))
      .mutation(({ ctx, input }) => createScript({ ctx: svc(ctx), input })),
    publish: proc(p.scriptsManage)
      .input(
        z.object({
          scriptId: z.string().min(1),
          graph: scriptGraph,
          name: cleanText(200).min(1).optional(),
          expectedVersion: z.number().int().min(1).optional(),
        }),
      )
      .mutation(({ ctx, input }) => publishVersion({ ctx: svc(ctx), input })),
  });
}
