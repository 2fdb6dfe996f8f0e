import { DomainError, documentMessages, type OrgDatabase, type OrgTransaction } from "@quartet/core";
import { documents } from "@quartet/db/org";
import { eq, getTableColumns } from "drizzle-orm";

const { pdf: _pdf, ...withoutPdf } = getTableColumns(documents);

/**
 * An issued document's row without its PDF bytes (sending needs only the facts), or NOT_FOUND
 * naming `documentId` — also for another organisation's id, which this database does not hold.
 */
export async function issuedDocumentRow(db: OrgDatabase | OrgTransaction, id: string) {
  const [row] = await db.select(withoutPdf).from(documents).where(eq(documents.id, id));
  if (!row)
    throw new DomainError("NOT_FOUND", documentMessages.noSuchDocument, {
      fields: { documentId: documentMessages.noSuchDocument },
    });
  return row;
}
