import type { ClientFilter } from "@quartet/core";
import type { ProspectingContext } from "../../context.ts";

/** The client filters a call list can be built from (core's `listIds` names). */
export type ListFilter = Pick<ClientFilter, "tag" | "region" | "industry" | "stage">;

/** Most clients one filter puts on a list; a bigger base is split by narrower filters. */
export const maxFilteredClients = 100_000;
/** One page of `records.clients.listIds` (core's maximum). */
export const filterPageSize = 200;

/**
 * Ids of the clients the actor sees that match `filter`, paged through core's `listIds` (200 a
 * page), stopping at `max`. `truncated` says that more matched than were taken.
 */
export async function matchingClientIds(
  ctx: ProspectingContext,
  filter: ListFilter,
  max = maxFilteredClients,
): Promise<{ ids: string[]; truncated: boolean }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await ctx.records.clients.listIds(filter, {
      limit: Math.min(filterPageSize, max - ids.length),
      cursor,
    });
    ids.push(...page.ids);
    cursor = page.nextCursor;
  } while (cursor && ids.length < max);
  return { ids, truncated: cursor !== null };
}
