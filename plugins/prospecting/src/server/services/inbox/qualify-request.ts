import { msg, type WriteScope, wordRef } from "@quartet/core";
import { leadQualified } from "../../../contracts/events.ts";
import { m } from "../../../contracts/messages.ts";
import { speedToLeadMs } from "../../../domain/speed-to-lead.ts";
import { timelineTexts } from "../../../domain/timeline-texts.ts";
import type { ProspectingContext } from "../../context.ts";
import { applyCallFields } from "./apply-call-fields.ts";
import { closeRequest } from "./close-request.ts";
import { assertUntriaged, loadRequest, type RequestRow } from "./load-request.ts";
import { clientNameOf, matchClient } from "./match-client.ts";
import { sourceText } from "./source-text.ts";

/** What qualifying takes: link to `clientId`, or force a new client with `createNew`. */
export type QualifyInput = {
  requestId: string;
  clientId?: string | null;
  createNew?: boolean;
  note?: string | null;
};

/**
 * Qualifies a request: the person expressed interest, so the client becomes a lead. Links an
 * existing client (given, or a strong duplicate) or creates one, moves it to `lead`, writes
 * the timeline, emits `prospecting.lead.qualified` and, when `autoHandoffToFirstSale` is on,
 * asks core for a handoff to first sale — all in one transaction.
 */
export async function qualifyRequest({ ctx, input }: { ctx: ProspectingContext; input: QualifyInput }) {
  const records = ctx.records;
  const request = await loadRequest(ctx.org.db, input.requestId);
  assertUntriaged(request);
  const linked = input.createNew ? null : await matchClient(records, request, input.clientId ?? null);
  const note = input.note?.trim() || null;
  const { locale } = await records.people.organisation();
  const sourceRef = await sourceText(ctx.org.db, request.source);
  const source = wordRef(locale, sourceRef);
  const text = timelineTexts.qualified(sourceRef, note);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const clientId = linked ?? (await createClient(scope, ctx, request));
    const closed = await closeRequest(scope, request.id, {
      status: "qualified",
      by: ctx.actor.id,
      now,
      clientId,
      note,
    });
    await applyCallFields(ctx, scope, request, clientId);
    await records.clients.moveStageIfForward(scope, clientId, "lead", `Qualified request ${request.id}`, {
      reasonCode: "request-qualified",
      reasonParams: { source },
    });
    await records.timeline.add(scope, {
      clientId,
      type: "system",
      function: "prospecting",
      body: wordRef(locale, text),
      data: { requestId: request.id, channel: request.channel, source: request.source, text },
    });
    await scope.emit(leadQualified, {
      requestId: request.id,
      clientId,
      source: request.source,
      sourceName: source,
      channel: request.channel,
      utm: request.utm,
      qualifiedBy: ctx.actor.id,
      receivedAt: request.receivedAt,
      qualifiedAt: now,
      speedToLeadMs: speedToLeadMs(request.receivedAt, closed.firstActionAt) ?? 0,
      note,
    });
    const handoff = ctx.settings.autoHandoffToFirstSale
      ? await records.handoffs.request(scope, {
          clientId,
          fromFunction: "prospecting",
          toFunction: "first-sale",
          note: note ?? wordRef(locale, msg(m.leadHandoffNote, { source })),
          context: {
            requestId: request.id,
            channel: request.channel,
            utm: request.utm,
            message: request.message,
          },
        })
      : null;
    await scope.audit({
      action: "prospecting.request.qualify",
      entity: "request",
      entityId: request.id,
      before: { status: request.status },
      after: { status: "qualified", clientId, handoffId: handoff?.id ?? null },
    });
    return { requestId: request.id, clientId, created: linked === null, handoffId: handoff?.id ?? null };
  });
}

async function createClient(
  scope: WriteScope,
  ctx: ProspectingContext,
  request: RequestRow,
): Promise<string> {
  const phones = request.contactPhone ? [request.contactPhone] : [];
  const emails = request.contactEmail ? [request.contactEmail] : [];
  const company = request.contactCompany !== null;
  const contacts =
    company && request.contactName ? [{ name: request.contactName, phones, emails, isPrimary: true }] : [];
  const { id } = await ctx.records.clients.create(scope, {
    kind: company ? "company" : "person",
    name: clientNameOf(request),
    phones,
    emails,
    stage: "lead",
    source: request.source,
    contacts,
  });
  return id;
}
