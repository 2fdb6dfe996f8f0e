import { clients } from "@quartet/db/org";
import { eq, inArray } from "drizzle-orm";
import type { Reader } from "../../records/clients/reader.ts";

/** The client a document belongs to now: itself, or the client it was merged into. */
export type CurrentClient = { id: string; name: string };

/**
 * Where each of `clientIds` lives now. A merge re-points a client's orders but keeps a document's
 * `client_id` as issued (the PDF names that buyer); so a document of a merged client is shown,
 * listed and guarded as the surviving client's. A merge flattens chains, so one hop suffices.
 */
export async function currentClients(
  reader: Reader,
  clientIds: readonly string[],
): Promise<Map<string, CurrentClient>> {
  const ids = [...new Set(clientIds)];
  if (ids.length === 0) return new Map();
  const rows = await reader
    .select({ id: clients.id, name: clients.name, mergedIntoId: clients.mergedIntoId })
    .from(clients)
    .where(inArray(clients.id, ids));
  const survivorIds = rows.flatMap((row) => (row.mergedIntoId ? [row.mergedIntoId] : []));
  const survivors = survivorIds.length
    ? await reader
        .select({ id: clients.id, name: clients.name })
        .from(clients)
        .where(inArray(clients.id, survivorIds))
    : [];
  const byId = new Map(survivors.map((row) => [row.id, row]));
  return new Map(
    rows.map((row) => {
      const survivor = row.mergedIntoId ? byId.get(row.mergedIntoId) : undefined;
      return [row.id, survivor ?? { id: row.id, name: row.name }];
    }),
  );
}

/** A client's id with the ids of the clients merged into it: whose documents are now its. */
export async function clientWithMerged(reader: Reader, clientId: string): Promise<string[]> {
  const merged = await reader
    .select({ id: clients.id })
    .from(clients)
    .where(eq(clients.mergedIntoId, clientId));
  return [clientId, ...merged.map((row) => row.id)];
}
