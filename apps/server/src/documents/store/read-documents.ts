import { documentSends, documents } from "@quartet/db/org";
import { desc, eq, getTableColumns, inArray, type SQL } from "drizzle-orm";
import type { Reader } from "../../records/clients/reader.ts";
import type { IssuedDocumentRow } from "./load-document.ts";

const { pdf: _, ...listed } = getTableColumns(documents);

/** Stored versions matching `where` without their PDF bytes, newest first (a later version before an earlier one). */
export function documentRows(reader: Reader, where: SQL): Promise<IssuedDocumentRow[]> {
  return reader
    .select(listed)
    .from(documents)
    .where(where)
    .orderBy(desc(documents.createdAt), desc(documents.version), desc(documents.id));
}

/** The versions of one subject, or the documents of clients (one, with those merged into it). */
export const bySubject = (subjectId: string) => eq(documents.subjectId, subjectId);
export const byClients = (clientIds: readonly string[]) => inArray(documents.clientId, [...clientIds]);

/** A mailing as a list shows it: to whom and when (queued ones count: the mailer has them). */
export type DocumentMailing = { to: string[]; at: number };

/** The mailings of one document, oldest first: those that went (or are queued) and those the mail server refused. */
export type DocumentMailings = { sent: DocumentMailing[]; failed: DocumentMailing[] };

/** The mailings of `documentIds` per document. */
export async function mailingsOf(
  reader: Reader,
  documentIds: readonly string[],
): Promise<Map<string, DocumentMailings>> {
  const byDocument = new Map<string, DocumentMailings>();
  if (documentIds.length === 0) return byDocument;
  const rows = await reader
    .select()
    .from(documentSends)
    .where(inArray(documentSends.documentId, [...documentIds]))
    .orderBy(documentSends.createdAt);
  for (const row of rows) {
    const lists = byDocument.get(row.documentId) ?? { sent: [], failed: [] };
    const mailing = { to: row.recipients, at: row.sentAt ?? row.createdAt };
    (row.status === "failed" ? lists.failed : lists.sent).push(mailing);
    byDocument.set(row.documentId, lists);
  }
  return byDocument;
}
