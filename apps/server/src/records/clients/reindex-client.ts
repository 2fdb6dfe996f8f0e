import { dedupKeysOf, exactKeys, type OrgTransaction } from "@quartet/core";
import { clientKeys, clients, clientTags, contacts } from "@quartet/db/org";
import { eq, sql } from "drizzle-orm";
import { searchRowsDelete, searchRowsInsert } from "./search-rows.ts";

/** The key a tag is filtered by: trimmed and lower-cased (`core_client_tags` holds these; `core_clients.tags` the display form). */
export function tagKey(tag: string): string {
  return tag.trim().toLowerCase();
}

/**
 * Rewrites a client's rows in `core_client_keys` (INN, every phone and email of the client and
 * its contacts, company domains of its website and emails), `core_client_tags` and its row of the
 * fragment search (`core_client_search`), inside the caller's transaction. A merged client keeps
 * none of them, so it never matches again.
 */
export async function reindexClient(tx: OrgTransaction, clientId: string): Promise<void> {
  await tx.delete(clientKeys).where(eq(clientKeys.clientId, clientId));
  await tx.delete(clientTags).where(eq(clientTags.clientId, clientId));
  await tx.run(sql`${sql.raw(searchRowsDelete)} = ${clientId})`);
  const [client] = await tx.select().from(clients).where(eq(clients.id, clientId));
  if (!client || client.mergedIntoId) return;
  const people = await tx
    .select({ phones: contacts.phones, emails: contacts.emails })
    .from(contacts)
    .where(eq(contacts.clientId, clientId));
  const keys = exactKeys(
    dedupKeysOf({
      name: client.name,
      inn: client.inn,
      phones: [...client.phones, ...people.flatMap((p) => p.phones)],
      emails: [...client.emails, ...people.flatMap((p) => p.emails)],
      websites: [client.website],
    }),
  );
  if (keys.length > 0) await tx.insert(clientKeys).values(keys.map((key) => ({ ...key, clientId })));
  const tags = [...new Set(client.tags.map(tagKey))].filter((tag) => tag !== "");
  if (tags.length > 0) await tx.insert(clientTags).values(tags.map((tag) => ({ tag, clientId })));
  await tx.run(sql`${sql.raw(searchRowsInsert)} = ${clientId}`);
}
