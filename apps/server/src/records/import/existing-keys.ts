import type { Client } from "@libsql/client";
import type { ExactKey } from "@quartet/core";
import { keyString } from "./client-keys.ts";

const chunk = 2000;

/**
 * The clients already holding any of `keys`, found through `core_client_keys` with a few
 * `IN (…)` queries per batch (one per kind and 2,000 values) — never a query per row.
 * Returns `keyString(key)` → the id of a client holding it (merged clients keep no keys).
 */
export async function findExistingKeys(
  client: Client,
  keys: readonly ExactKey[],
): Promise<Map<string, string>> {
  const byKind = new Map<string, Set<string>>();
  for (const key of keys) {
    const values = byKind.get(key.kind) ?? new Set<string>();
    values.add(key.value);
    byKind.set(key.kind, values);
  }
  const found = new Map<string, string>();
  for (const [kind, set] of byKind) {
    const values = [...set];
    for (let i = 0; i < values.length; i += chunk) {
      const part = values.slice(i, i + chunk);
      const result = await client.execute({
        sql: `SELECT value, client_id FROM core_client_keys WHERE kind = ? AND value IN (${part.map(() => "?").join(",")})`,
        args: [kind, ...part],
      });
      for (const row of result.rows) {
        const id = keyString({ kind: kind as ExactKey["kind"], value: String(row.value) });
        if (!found.has(id)) found.set(id, String(row.client_id));
      }
    }
  }
  return found;
}
