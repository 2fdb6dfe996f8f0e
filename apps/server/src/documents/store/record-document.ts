import { documentIssued, type WriteScope } from "@quartet/core";
import { documents } from "@quartet/db/org";

/** A document version as stored. */
export type NewDocumentRow = typeof documents.$inferInsert;

/**
 * Writes one issued version with its PDF and the outbox event `core.document.issued`, in the
 * caller's transaction (the one that took its number).
 */
export async function recordIssuedDocument(
  scope: WriteScope,
  row: NewDocumentRow & { id: string },
): Promise<void> {
  await scope.tx.insert(documents).values(row);
  await scope.emit(documentIssued, {
    documentId: row.id,
    type: row.type,
    subject: row.subject,
    subjectId: row.subjectId,
    clientId: row.clientId,
    number: row.number,
    version: row.version,
  });
}
