/**
 * A per-database memo of values that may be a few seconds stale: each entry lives `ttlMs`, at
 * most `maxEntries` are kept per database (past that the memo starts over), and a database that
 * is closed and dropped takes its entries with it (a `WeakMap` on the database object).
 *
 * @example const memo = shortMemo<number>(10_000); await memo(db, key, () => countThem())
 */
export function shortMemo<T>(ttlMs: number, maxEntries = 500) {
  const memos = new WeakMap<object, Map<string, { value: T; until: number }>>();
  return async (db: object, key: string, compute: () => Promise<T>, now = performance.now()): Promise<T> => {
    const memo = memos.get(db) ?? new Map<string, { value: T; until: number }>();
    memos.set(db, memo);
    const known = memo.get(key);
    if (known && known.until > now) return known.value;
    const value = await compute();
    if (memo.size >= maxEntries) memo.clear();
    memo.set(key, { value, until: now + ttlMs });
    return value;
  };
}
