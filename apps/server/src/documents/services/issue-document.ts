import {
  type IssuedDocumentView,
  type issueDocumentInput,
  type Locale,
  localDate,
  documentMessages as m,
  newId,
  type ServiceContext,
  wordMessage,
} from "@quartet/core";
import type { z } from "zod";
import type { DocumentsDeps } from "../deps.ts";
import { issuedOnTimelineRef } from "../send/document-title.ts";
import { assembleDocument } from "../sources/assemble.ts";
import { buyerParty } from "../sources/buyer.ts";
import type { HostedSource } from "../sources/collection.ts";
import { renderIssued } from "../sources/render-issued.ts";
import { sellerCard } from "../sources/seller.ts";
import { documentFileName } from "../store/file-name.ts";
import { allocateNumber, type DocumentNumber, expectedNumber, sameNumber } from "../store/numbering.ts";
import { recordIssuedDocument } from "../store/record-document.ts";
import { addDocumentEntry } from "../store/timeline-entry.ts";
import { presentDocuments } from "./present.ts";
import { requirePermission, sourceContext, usableSource } from "./source-access.ts";

/**
 * `core.documents.issue`: finds the source of `type` (core's or an enabled plugin's), checks the
 * member may issue it, has it build the draft from the subject, adds the seller (refused until
 * the organisation's requisites are filled), the buyer and the sums, and draws the PDF with the
 * number it expects; then one write transaction takes the number (or the subject's next version),
 * redraws only if another issue took that number meanwhile, stores the PDF and emits
 * `core.document.issued` (a PDF takes about a second to draw: too long to hold the write lock).
 * The date is today in the organisation's zone; the document's language is `locale`, else the
 * organisation's. Answers the new version as the list shows it.
 */
export async function issueDocument(
  deps: DocumentsDeps,
  ctx: ServiceContext,
  input: z.output<typeof issueDocumentInput>,
  viewer: Locale,
): Promise<IssuedDocumentView> {
  const hosted = await usableSource(deps, ctx, input.type);
  const { source } = hosted;
  requirePermission(ctx.actor, source.permission);
  const org = await ctx.records.people.organisation();
  const locale = input.locale ?? org.locale;
  const draft = await source.build(await sourceContext(deps, ctx, hosted), input.subjectId, locale);
  const seller = await sellerCard(ctx);
  const buyer = await buyerParty(ctx, draft.clientId);
  const issuer = { fullName: ctx.actor.name, ...(ctx.actor.email ? { email: ctx.actor.email } : {}) };
  const model = assembleDocument({ type: source.type, locale, draft, seller, buyer, issuer });
  const date = localDate(ctx.clock.now(), org.timeZone);
  const year = Number(date.slice(0, 4));
  const draw = async (numbered: DocumentNumber) => {
    const fileName = documentFileName({ ...numbered, word: fileWord(hosted, locale), date, locale });
    const title = fileName.slice(0, -".pdf".length);
    return {
      fileName,
      pdf: await renderIssued(hosted, { ...model, ...numbered, date }, deps.registry, title),
    };
  };
  const request = {
    type: source.type,
    subjectId: input.subjectId,
    series: source.layout ?? source.type,
    year,
    own: draft.number,
  };
  const expected = await expectedNumber(ctx.org.db, request);
  const drawn = await draw(expected);
  const row = await ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const numbered = await allocateNumber(scope.tx, request);
    const { fileName, pdf } = sameNumber(numbered, expected) ? drawn : await draw(numbered);
    const stored = {
      id: newId("doc", now),
      type: source.type,
      subject: source.subject,
      subjectId: input.subjectId,
      clientId: draft.clientId,
      ...numbered,
      date,
      locale,
      currency: model.totals.total.currency,
      totalMinor: model.totals.total.amountMinor,
      fileName,
      pdf: Buffer.from(pdf),
      createdBy: ctx.actor.id,
      createdByName: ctx.actor.name,
      createdAt: now,
    };
    await recordIssuedDocument(scope, stored);
    await addDocumentEntry(scope, ctx.actor, now, {
      document: stored,
      kind: "system",
      text: issuedOnTimelineRef(source.name, stored),
      data: { event: "document-issued", number: stored.number, version: stored.version },
    });
    await scope.audit({
      action: "core.document.issue",
      entity: "document",
      entityId: stored.id,
      after: { number: stored.number, version: stored.version },
    });
    const { pdf: _, ...listed } = stored;
    return listed;
  });
  const [view] = await presentDocuments(deps, ctx, [row], viewer);
  return view as IssuedDocumentView;
}

// «Счёт» names an invoice's file; any other type goes by its own name.
function fileWord({ source }: HostedSource, locale: Locale): string {
  return source.layout === "invoice" ? wordMessage(locale, m.invoiceFileWord) : source.name[locale];
}
