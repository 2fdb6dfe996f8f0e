import type { IssuedDocumentView, Locale } from "@quartet/core";
import type { IssuedDocumentRow } from "./load-document.ts";
import type { DocumentMailing } from "./read-documents.ts";

/** Where the browser opens a document's PDF; add `&download=1` to save it. */
export function documentUrl(orgId: string, documentId: string): string {
  return `/api/v1/documents/${encodeURIComponent(documentId)}.pdf?org=${encodeURIComponent(orgId)}`;
}

/** What a view adds to the stored row: names in the viewer's language, the newer version, the mailings. */
export type ViewContext = {
  orgId: string;
  typeName: string;
  client: { id: string; name: string };
  superseded: boolean;
  sent: DocumentMailing[];
  failed: DocumentMailing[];
};

/** A stored version as `core.documents.list` and `issue` answer it. */
export function documentView(row: IssuedDocumentRow, context: ViewContext): IssuedDocumentView {
  return {
    id: row.id,
    type: row.type,
    typeName: context.typeName,
    number: row.number,
    version: row.version,
    superseded: context.superseded,
    date: row.date,
    locale: row.locale as Locale,
    subject: row.subject,
    subjectId: row.subjectId,
    client: context.client,
    total: { amountMinor: row.totalMinor, currency: row.currency },
    fileName: row.fileName,
    url: documentUrl(context.orgId, row.id),
    createdAt: row.createdAt,
    createdBy: { id: row.createdBy, name: row.createdByName },
    sent: context.sent,
    failed: context.failed,
  };
}
