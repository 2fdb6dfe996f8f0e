import type { Client } from "@libsql/client";
import type { ExactKey } from "@quartet/core";
import { keyString } from "./client-keys.ts";

const chunk = 2000;

/** A client already in the database, as a duplicate names it. */
export type ExistingClient = { id: string; name: string };

/**
 * The clients already holding any of `keys`, found through `core_client_keys` with a few
 * `IN (…)` queries per batch (one per kind and 2,000 values) — never a query per row.
 * Returns `keyString(key)` → the client holding it, id and name, so a duplicate names the client a
 * person knows (merged clients keep no keys).
 */
export async function findExistingKeys(
  client: Client,
  keys: readonly ExactKey[],
): Promise<Map<string, ExistingClient>> {
  const byKind = new Map<string, Set<string>>();
  for (const key of keys) {
    const values = byKind.get(key.kind) ?? new Set<string>();
    values.add(key.value);
    byKind.set(key.kind, values);
  }
  const found = new Map<string, ExistingClient>();
  for (const [kind, set] of byKind) {
    const values = [...set];
    for (let i = 0; i < values.length; i += chunk) {
      const part = values.slice(i, i + chunk);
      const result = await client.execute({
        sql: `SELECT k.value, k.client_id, c.name FROM core_client_keys k JOIN core_clients c ON c.id = k.client_id
              WHERE k.kind = ? AND k.value IN (${part.map(() => "?").join(",")})`,
        args: [kind, ...part],
      });
      for (const row of result.rows) {
        const id = keyString({ kind: kind as ExactKey["kind"], value: String(row.value) });
        if (!found.has(id)) found.set(id, { id: String(row.client_id), name: String(row.name) });
      }
    }
  }
  return found;
}
