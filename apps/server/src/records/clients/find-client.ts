import { type Actor, DomainError, recordMessages } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import type { Reader } from "./reader.ts";
import { clientVisibility } from "./visibility.ts";

/** A client as stored. */
export type ClientRow = typeof clients.$inferSelect;

/**
 * The client `id` if `actor` may see it. Otherwise NOT_FOUND — never FORBIDDEN, so that
 * guessing an id does not confirm it exists.
 */
export async function visibleClient(reader: Reader, actor: Actor, id: string): Promise<ClientRow> {
  const [row] = await reader
    .select()
    .from(clients)
    .where(and(eq(clients.id, id), clientVisibility(actor)));
  if (!row)
    throw new DomainError("NOT_FOUND", recordMessages.noSuchClient, {
      fields: { clientId: recordMessages.noSuchClient },
    });
  return row;
}

/** `visibleClient` for a write: a merged client is refused with where it went (`details.mergedIntoId`). */
export async function writableClient(reader: Reader, actor: Actor, id: string): Promise<ClientRow> {
  const row = await visibleClient(reader, actor, id);
  if (row.mergedIntoId) {
    throw new DomainError("PRECONDITION_FAILED", recordMessages.mergedEditOther, {
      details: { mergedIntoId: row.mergedIntoId },
    });
  }
  return row;
}
