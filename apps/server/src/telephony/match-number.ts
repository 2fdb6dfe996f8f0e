import { isE164, type OrgDatabase, type OrgTransaction } from "@quartet/core";
import { clientKeys, clients, contacts } from "@quartet/db/org";
import { and, desc, eq, isNull, sql } from "drizzle-orm";

/** Who has a number: the client (and the contact of it whose phone it is), or nulls. */
export type NumberMatch = { clientId: string | null; contactId: string | null };

/**
 * The client a phone number belongs to, through core's phone keys (the client's own phones and
 * its contacts', E.164): the most recently updated current client when several have it. Numbers
 * that are not E.164 (an extension, a hidden number) match nobody.
 */
export async function matchNumber(
  tx: OrgDatabase | OrgTransaction,
  number: string | null,
): Promise<NumberMatch> {
  if (!isE164(number)) return { clientId: null, contactId: null };
  const [client] = await tx
    .select({ id: clients.id })
    .from(clientKeys)
    .innerJoin(clients, eq(clients.id, clientKeys.clientId))
    .where(and(eq(clientKeys.kind, "phone"), eq(clientKeys.value, number), isNull(clients.mergedIntoId)))
    .orderBy(desc(clients.updatedAt))
    .limit(1);
  if (!client) return { clientId: null, contactId: null };
  const [contact] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.clientId, client.id),
        sql`exists (select 1 from json_each(${contacts.phones}) where json_each.value = ${number})`,
      ),
    )
    .limit(1);
  return { clientId: client.id, contactId: contact?.id ?? null };
}
