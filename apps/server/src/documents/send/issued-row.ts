import { DomainError, documentMessages } from "@quartet/core";
import { documents } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { Reader } from "../../records/clients/reader.ts";
import { documentRows } from "../store/read-documents.ts";

/**
 * An issued document's row without its PDF bytes (sending needs only the facts), or NOT_FOUND
 * naming `documentId` — also for another organisation's id, which this database does not hold.
 */
export async function issuedDocumentRow(reader: Reader, id: string) {
  const [row] = await documentRows(reader, eq(documents.id, id));
  if (!row)
    throw new DomainError("NOT_FOUND", documentMessages.noSuchDocument, {
      fields: { documentId: documentMessages.noSuchDocument },
    });
  return row;
}
