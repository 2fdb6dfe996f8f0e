import { cleanText, idCursor } from "@quartet/core";
import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { requestChannels } from "../../contracts/events.ts";
import { m } from "../../contracts/messages.ts";
import { prospectingPermissions as p } from "../../contracts/permissions.ts";
import type { ProspectingPorts } from "../context.ts";
import { proc, withPorts } from "../procedures.ts";
import { createRequest } from "../services/inbox/create-request.ts";
import { dismissRequest } from "../services/inbox/dismiss-request.ts";
import { duplicateCandidates } from "../services/inbox/duplicate-candidates.ts";
import { getRequest } from "../services/inbox/get-request.ts";
import { listRequests } from "../services/inbox/list-requests.ts";
import { mergeRequest } from "../services/inbox/merge-request.ts";
import { qualifyRequest } from "../services/inbox/qualify-request.ts";
import { replyToRequest } from "../services/inbox/reply-to-request.ts";

const requestId = z.string().min(1);
const note = z.string().trim().max(2000).nullish();

/** The inbox: inbound requests and their triage. */
export function inboxRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    list: proc(p.inboxRead)
      .input(
        z.object({
          status: z.enum(["new", "qualified", "merged", "dismissed"]).optional(),
          channel: z.enum(requestChannels).optional(),
          source: z.string().max(100).optional(),
          cursor: idCursor("req").nullish(),
          limit: z.number().int().min(1).max(200).optional(),
        }),
      )
      .query(({ ctx, input }) => listRequests({ ctx: svc(ctx), input })),
    get: proc(p.inboxRead)
      .input(z.object({ requestId }))
      .query(({ ctx, input }) => getRequest({ ctx: svc(ctx), input })),
    /** Clients the request may belong to (core's duplicate detection), for the triage screen. */
    candidates: proc(p.inboxRead)
      .input(z.object({ requestId }))
      .query(({ ctx, input }) => duplicateCandidates({ ctx: svc(ctx), input })),
    create: proc(p.inboxTriage)
      .input(
        z.object({
          source: cleanText(80).min(1).default("manual"),
          name: z.string().max(200).nullish(),
          company: z.string().max(300).nullish(),
          phone: z.string().max(40).nullish(),
          email: z.string().max(254).nullish(),
          message: z.string().max(4000).nullish(),
        }),
      )
      .mutation(({ ctx, input }) => createRequest({ ctx: svc(ctx), input })),
    qualify: proc(p.inboxTriage)
      .input(
        z.object({
          requestId,
          clientId: z.string().min(1).nullish(),
          createNew: z.boolean().optional(),
          note,
        }),
      )
      .mutation(({ ctx, input }) => qualifyRequest({ ctx: svc(ctx), input })),
    merge: proc(p.inboxTriage)
      .input(z.object({ requestId, clientId: z.string().min(1), note }))
      .mutation(({ ctx, input }) => mergeRequest({ ctx: svc(ctx), input })),
    dismiss: proc(p.inboxTriage)
      .input(z.object({ requestId, reason: cleanText(500, "multiline").min(1, m.sayWhy) }))
      .mutation(({ ctx, input }) => dismissRequest({ ctx: svc(ctx), input })),
    reply: proc(p.inboxTriage)
      .input(z.object({ requestId, text: cleanText(4096, "multiline").min(1, m.writeSomething) }))
      .mutation(({ ctx, input }) => replyToRequest({ ctx: svc(ctx), input })),
  });
}
