/** How long a looked-up API key is trusted without reading the control database again. */
export const apiKeyCacheMs = 10_000;

const maxEntries = 1000;

/**
 * A short-lived memo of API key lookups by key hash, so a busy integration does not cost a
 * control-database query per request. A revoke on this server forgets the key at once
 * (`forget`); another server sharing the control database honours a revoked key for at most
 * `ttlMs`. Misses (unknown keys) are not remembered.
 *
 * @example const cache = createApiKeyCache<Row>(); cache.get(hash, now) ?? cache.set(hash, row, now)
 */
export function createApiKeyCache<Row extends { id: string }>(ttlMs = apiKeyCacheMs) {
  const entries = new Map<string, { row: Row; until: number }>();
  return {
    /** The remembered row of `hash`, if it is younger than `ttlMs`. */
    get(hash: string, now: number): Row | undefined {
      const entry = entries.get(hash);
      if (entry && entry.until > now) return entry.row;
      if (entry) entries.delete(hash);
      return undefined;
    },
    /** Remembers `row` under `hash` until `now + ttlMs`. */
    set(hash: string, row: Row, now: number): Row {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(hash, { row, until: now + ttlMs });
      return row;
    },
    /** Forgets every entry of the key `id` (on revoke). */
    forget(id: string): void {
      for (const [hash, entry] of entries) if (entry.row.id === id) entries.delete(hash);
    },
  };
}
