import { wordRef } from "@quartet/core";
import { timelineTexts } from "../../../domain/timeline-texts.ts";
import type { ProspectingContext } from "../../context.ts";
import { applyCallFields } from "./apply-call-fields.ts";
import { closeRequest } from "./close-request.ts";
import { assertUntriaged, loadRequest } from "./load-request.ts";
import { matchClient } from "./match-client.ts";
import { sourceText } from "./source-text.ts";

/**
 * Merges a request into an existing client (a repeat question, a known customer writing in):
 * the request is closed as `merged`, linked, noted on the client's timeline. The client's stage
 * does not change — only a qualified request makes a lead.
 */
export async function mergeRequest({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { requestId: string; clientId: string; note?: string | null };
}) {
  const records = ctx.records;
  const request = await loadRequest(ctx.org.db, input.requestId);
  assertUntriaged(request);
  const clientId = (await matchClient(records, request, input.clientId)) ?? input.clientId;
  const { locale } = await records.people.organisation();
  const text = timelineTexts.message(await sourceText(ctx.org.db, request.source), request.message);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const note = input.note?.trim() || null;
    await closeRequest(scope, request.id, { status: "merged", by: ctx.actor.id, now, clientId, note });
    await applyCallFields(ctx, scope, request, clientId);
    await records.timeline.add(scope, {
      clientId,
      type: "message",
      function: "prospecting",
      body: wordRef(locale, text),
      data: { requestId: request.id, channel: request.channel, text },
      occurredAt: request.receivedAt,
    });
    await scope.audit({
      action: "prospecting.request.merge",
      entity: "request",
      entityId: request.id,
      before: { status: request.status },
      after: { status: "merged", clientId },
    });
    return { requestId: request.id, clientId };
  });
}
