import { type OrgTransaction, senderKeys } from "@quartet/core";
import { clientKeys, clients, contacts } from "@quartet/db/org";
import { and, desc, eq, isNull, sql } from "drizzle-orm";

/** Whose letter it is: the client (and its contact with that address), or nulls. */
export type SenderMatch = { clientId: string | null; contactId: string | null };

/**
 * The client a sender belongs to, through core's keys: the whole address first (the client's or
 * a contact's email), then its domain unless it is a public mail service (mail.ru, gmail.com …);
 * the most recently updated current client when several have it.
 */
export async function matchSender(tx: OrgTransaction, from: string): Promise<SenderMatch> {
  const keys = senderKeys(from);
  if (!keys) return { clientId: null, contactId: null };
  const clientId =
    (await clientByKey(tx, "email", keys.email)) ??
    (keys.domain ? await clientByKey(tx, "domain", keys.domain) : null);
  if (!clientId) return { clientId: null, contactId: null };
  const [contact] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.clientId, clientId),
        sql`exists (select 1 from json_each(${contacts.emails}) where lower(json_each.value) = ${keys.email})`,
      ),
    )
    .limit(1);
  return { clientId, contactId: contact?.id ?? null };
}

async function clientByKey(
  tx: OrgTransaction,
  kind: "email" | "domain",
  value: string,
): Promise<string | null> {
  const [client] = await tx
    .select({ id: clients.id })
    .from(clientKeys)
    .innerJoin(clients, eq(clients.id, clientKeys.clientId))
    .where(and(eq(clientKeys.kind, kind), eq(clientKeys.value, value), isNull(clients.mergedIntoId)))
    .orderBy(desc(clients.updatedAt))
    .limit(1);
  return client?.id ?? null;
}
