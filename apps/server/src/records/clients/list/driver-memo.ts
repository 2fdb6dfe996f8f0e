import type { Actor } from "@quartet/core";
import type { ClientFilters } from "./list-input.ts";

/** How long a measured choice of the list's driving filter is reused. */
export const driverMemoMs = 10_000;

const maxEntries = 500;
const memos = new WeakMap<object, Map<string, { choice: number; until: number }>>();

/** The key of a filter set as one actor sees it: the record scope and every filter, not the page. */
export function driverKey(actor: Actor, filters: ClientFilters): string {
  const { search, stage, tier, region, industry, tag, ownerId, createdFrom, createdTo } = filters;
  const scope = actor.kind === "system" ? "all" : (actor.scope ?? "all");
  // biome-ignore format: one value per filter
  return JSON.stringify([scope === "all" ? "" : actor.id, scope, search, stage, tier, region, industry, tag,
    ownerId, filters.function, createdFrom, createdTo]);
}

/**
 * Remembers, per database, which candidate (by position; -1 for none) drove the list for a
 * filter set, so the paging of one list, or a busy integration polling it, does not re-count
 * the filters on every request. The choice only decides the query plan, never the rows: a
 * stale one is at worst slower until it expires.
 */
export async function memoizedDriver(
  db: object,
  key: string,
  measure: () => Promise<number>,
  now = performance.now(),
): Promise<number> {
  const memo = memos.get(db) ?? new Map();
  memos.set(db, memo);
  const known = memo.get(key);
  if (known && known.until > now) return known.choice;
  const choice = await measure();
  if (memo.size >= maxEntries) memo.clear();
  memo.set(key, { choice, until: now + driverMemoMs });
  return choice;
}
