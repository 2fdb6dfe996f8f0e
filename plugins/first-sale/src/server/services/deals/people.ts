import { type ClientSummary, DomainError, type RecordsPort } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";

/** The client (its successor when it was merged), or NOT_FOUND naming `clientId`. */
export async function requireClient(records: RecordsPort, clientId: string): Promise<ClientSummary> {
  let client = await records.clients.get(clientId);
  if (client?.mergedIntoId) client = await records.clients.get(client.mergedIntoId);
  if (!client) throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } });
  return client;
}

/** Throws `BAD_INPUT` naming `hunterId` unless the user is a member of the organisation. */
export async function requireMember(records: RecordsPort, userId: string): Promise<void> {
  const members = await records.people.members();
  if (!members.some((m) => m.userId === userId)) {
    throw new DomainError("BAD_INPUT", m.hunterNotMember, {
      fields: { hunterId: m.notMember },
    });
  }
}
