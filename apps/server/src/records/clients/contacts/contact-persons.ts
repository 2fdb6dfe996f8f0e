import type { Actor, ContactPerson } from "@quartet/core";
import { clients, contacts } from "@quartet/db/org";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Reader } from "../reader.ts";
import { clientVisibility } from "../visibility.ts";

/** Client ids per `IN` list. */
const chunk = 500;

/**
 * The contact person of each of `clientIds` the actor sees: its primary contact (else its oldest),
 * by the contacts' client index, 500 clients a read. Clients without contacts are absent.
 *
 * @example await contactPersons(db, actor, [clientId]) // { cli_…: { name: "Ирина Петрова", position: "Закупщик", phones: ["+79161234567"] } }
 */
export async function contactPersons(
  reader: Reader,
  actor: Actor,
  clientIds: readonly string[],
): Promise<Record<string, ContactPerson>> {
  const ids = [...new Set(clientIds)];
  const found: Record<string, ContactPerson> = {};
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = await reader
      .select({
        clientId: contacts.clientId,
        name: contacts.name,
        position: contacts.position,
        phones: contacts.phones,
      })
      .from(contacts)
      .innerJoin(clients, eq(clients.id, contacts.clientId))
      .where(and(inArray(contacts.clientId, ids.slice(i, i + chunk)), clientVisibility(actor)))
      .orderBy(desc(contacts.isPrimary), asc(contacts.createdAt), sql`${contacts}.rowid`);
    for (const { clientId, ...person } of rows) found[clientId] ??= person;
  }
  return found;
}
