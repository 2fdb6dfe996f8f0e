import { documentSends, documents } from "@quartet/db/org";
import { and, desc, eq, getTableColumns, inArray, ne, type SQL } from "drizzle-orm";
import type { Reader } from "../../records/clients/reader.ts";
import type { IssuedDocumentRow } from "./load-document.ts";

const { pdf: _, ...listed } = getTableColumns(documents);

/** Stored versions matching `where` without their PDF bytes, newest first (a later version before an earlier one). */
export function documentRows(reader: Reader, where: SQL): Promise<IssuedDocumentRow[]> {
  return reader
    .select(listed)
    .from(documents)
    .where(where)
    .orderBy(desc(documents.createdAt), desc(documents.version));
}

/** The versions of one subject, or the documents of one client. */
export const bySubject = (subjectId: string) => eq(documents.subjectId, subjectId);
export const byClient = (clientId: string) => eq(documents.clientId, clientId);

/** A mailing as a list shows it: to whom and when (queued ones count: the mailer has them). */
export type DocumentMailing = { to: string[]; at: number };

/** The mailings of `documentIds` that did not fail, oldest first, per document. */
export async function mailingsOf(
  reader: Reader,
  documentIds: readonly string[],
): Promise<Map<string, DocumentMailing[]>> {
  const byDocument = new Map<string, DocumentMailing[]>();
  if (documentIds.length === 0) return byDocument;
  const rows = await reader
    .select()
    .from(documentSends)
    .where(and(inArray(documentSends.documentId, [...documentIds]), ne(documentSends.status, "failed")))
    .orderBy(documentSends.createdAt);
  for (const row of rows) {
    const list = byDocument.get(row.documentId) ?? [];
    list.push({ to: row.recipients, at: row.sentAt ?? row.createdAt });
    byDocument.set(row.documentId, list);
  }
  return byDocument;
}
