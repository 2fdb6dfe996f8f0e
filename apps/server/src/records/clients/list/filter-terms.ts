import type { Actor } from "@quartet/core";
import { clients, clientTags } from "@quartet/db/org";
import { type AnyColumn, and, or, type SQL, sql } from "drizzle-orm";
import { ownerColumns } from "../owners.ts";
import { tagKey } from "../reindex-client.ts";
import { clientVisibility, visibleClientIds } from "../visibility.ts";
import type { ClientFilters } from "./list-input.ts";

/**
 * One condition of the list. `where(true)` lets SQLite use indexes for it; `where(false)` writes it
 * with `+column`, so it only filters. `ids`, when the condition has an index of its own, selects
 * the matching client ids through it — a cheap way to drive the query when few clients match.
 */
export type Term = { where(useIndexes: boolean): SQL; ids?: SQL };

/** `column` as written in a condition: `+column` (no index) unless `useIndexes`. */
export function col(column: AnyColumn, useIndexes: boolean): SQL {
  return useIndexes ? sql`${column}` : sql`+${column}`;
}

const ids = (where: SQL) => sql`select ${clients.id} from ${clients} where ${where}`;

function equals(column: AnyColumn, value: string, indexed: boolean): Term {
  return {
    where: (use) => sql`${col(column, use)} = ${value}`,
    ids: indexed ? ids(sql`${column} = ${value}`) : undefined,
  };
}

/** The terms of the record scope and of every filter but `search` (see `searchTerm`). */
export function filterTerms(actor: Actor, filters: ClientFilters): Term[] {
  const terms: Term[] = [];
  const visible = visibleClientIds(actor);
  if (visible)
    terms.push({ where: (use) => clientVisibility(actor, { useIndexes: use }) ?? sql`1`, ids: visible });
  if (filters.stage) terms.push(equals(clients.stage, filters.stage, true));
  if (filters.tier) terms.push(equals(clients.tier, filters.tier, false));
  if (filters.region) terms.push(equals(clients.region, filters.region, true));
  if (filters.industry) terms.push(equals(clients.industry, filters.industry, true));
  if (filters.tag) {
    const tagged = sql`select ${clientTags.clientId} from ${clientTags} where ${clientTags.tag} = ${tagKey(filters.tag)}`;
    terms.push({ where: (use) => sql`${col(clients.id, use)} in (${tagged})`, ids: tagged });
  }
  if (filters.ownerId) {
    const owner = filters.ownerId;
    const columns = filters.function ? [ownerColumns[filters.function]] : Object.values(ownerColumns);
    const owned = (use: boolean) => or(...columns.map((c) => sql`${col(c, use)} = ${owner}`)) ?? sql`0`;
    terms.push({ where: owned, ids: ids(owned(true)) });
  }
  if (filters.createdFrom !== undefined || filters.createdTo !== undefined) {
    const range = (use: boolean) =>
      and(
        filters.createdFrom === undefined
          ? undefined
          : sql`${col(clients.createdAt, use)} >= ${filters.createdFrom}`,
        filters.createdTo === undefined
          ? undefined
          : sql`${col(clients.createdAt, use)} < ${filters.createdTo}`,
      ) ?? sql`1`;
    terms.push({ where: range, ids: ids(sql`${clients.mergedIntoId} is null and ${range(true)}`) });
  }
  return terms;
}
