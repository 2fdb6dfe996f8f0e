import { DomainError, type RecordsPort } from "@quartet/core";
import { m } from "../../contracts/messages.ts";

/**
 * The id of a client of the organisation that a caller named, followed through a merge; NOT_FOUND
 * naming `clientId` for an id the organisation does not have (another organisation's, a guess),
 * so no write stores a reference to nothing.
 */
export async function liveClientId(records: RecordsPort, clientId: string): Promise<string> {
  const client = await records.clients.get(clientId);
  if (!client) throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.notFound } });
  return client.mergedIntoId ?? client.id;
}
