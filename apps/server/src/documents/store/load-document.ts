import type { OrgDatabase, OrgTransaction } from "@quartet/core";
import { documents } from "@quartet/db/org";
import { eq } from "drizzle-orm";

/** A stored document version's row, without its PDF bytes. */
export type IssuedDocumentRow = Omit<typeof documents.$inferSelect, "pdf">;

/**
 * One issued document version with its PDF, or null when this organisation's database has no
 * such id (another organisation's id is simply not there). Used by the download route and the
 * mail sender; pass the open transaction to read inside a write.
 *
 * @example const found = await loadIssuedDocument(org.db, "doc_…"); if (found) mail(found.pdf, found.row.fileName)
 */
export async function loadIssuedDocument(
  db: OrgDatabase | OrgTransaction,
  id: string,
): Promise<{ row: IssuedDocumentRow; pdf: Uint8Array } | null> {
  const [stored] = await db.select().from(documents).where(eq(documents.id, id));
  if (!stored) return null;
  const { pdf, ...row } = stored;
  return { row, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
}
