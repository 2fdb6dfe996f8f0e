import type { Actor } from "@quartet/core";
import type { ClientFilters } from "./list-input.ts";
import { shortMemo } from "./short-memo.ts";

/** How long a measured choice of the list's driving filter is reused. */
export const driverMemoMs = 10_000;

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
export const memoizedDriver: (
  db: object,
  key: string,
  measure: () => Promise<number>,
  now?: number,
) => Promise<number> = shortMemo<number>(driverMemoMs);
