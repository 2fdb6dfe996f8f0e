import type { InStatement } from "@libsql/client";
import { clientSearchTable } from "@quartet/db/org";

// Well under SQLite's 32,766 bound variables per statement.
const maxIds = 16_000;

/**
 * The head of the statement that writes clients' rows of `core_client_search` from what is stored:
 * the client's rowid, its normalized name, and its keys (phones as digits, so "000-01-2" finds
 * "+7 495 000-01-23") — the same text org migration 0016 backfilled. Merged clients get none. The
 * caller appends the clients: ` = ?` or ` IN (…)`.
 */
export const searchRowsInsert = `INSERT INTO ${clientSearchTable} (rowid, name, keys)
  SELECT c.rowid, c.name_normalized, coalesce((SELECT group_concat(CASE k.kind WHEN 'phone' THEN replace(k.value, '+', '') ELSE k.value END, ' ')
    FROM core_client_keys k WHERE k.client_id = c.id), '')
  FROM core_clients c WHERE c.merged_into_id IS NULL AND c.id`;

/** The head of the statement that drops clients' search rows; the caller appends ` = ?` or ` IN (…)`. */
export const searchRowsDelete = `DELETE FROM ${clientSearchTable} WHERE rowid IN (SELECT rowid FROM core_clients WHERE id`;

/**
 * Statements that write the search rows of `clientIds` afresh, to run after their client rows and
 * keys in the same transaction. `created`: the clients are new in it, so no old row to drop.
 */
export function searchRowStatements(clientIds: readonly string[], created = false): InStatement[] {
  const ids = [...new Set(clientIds)];
  const statements: InStatement[] = [];
  for (let i = 0; i < ids.length; i += maxIds) {
    const part = ids.slice(i, i + maxIds);
    const list = ` IN (${part.map(() => "?").join(",")})`;
    if (!created) statements.push({ sql: `${searchRowsDelete}${list})`, args: part });
    statements.push({ sql: `${searchRowsInsert}${list}`, args: part });
  }
  return statements;
}
