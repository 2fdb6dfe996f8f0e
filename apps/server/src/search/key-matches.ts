import type { ExactKey, OrgDatabase } from "@quartet/core";
import { clientKeys } from "@quartet/db/org";
import { sql } from "drizzle-orm";

/** A key of a client that equals one the search text gave (INN, phone, email, domain). */
export type KeyMatch = ExactKey & { clientId: string };

/**
 * The clients holding any of `keys`, by the primary key of `core_client_keys` (kind, value): the
 * key each one matched, so a hit can say "found by phone". At most `cap` rows.
 */
export async function keyMatches(db: OrgDatabase, keys: readonly ExactKey[], cap = 200): Promise<KeyMatch[]> {
  if (keys.length === 0) return [];
  const { query } = keyQuery(db, keys, cap);
  return query;
}

/** The read of `keyMatches`, unexecuted (a test `EXPLAIN`s it); `keys` must not be empty. */
export function keyQuery(db: OrgDatabase, keys: readonly ExactKey[], cap = 200) {
  const anyKey = keys.map(
    (key) => sql`(${clientKeys.kind} = ${key.kind} and ${clientKeys.value} = ${key.value})`,
  );
  const query = db
    .select({ kind: clientKeys.kind, value: clientKeys.value, clientId: clientKeys.clientId })
    .from(clientKeys)
    .where(sql.join(anyKey, sql` or `))
    .limit(cap);
  return { query }; // wrapped: a drizzle query is thenable
}
