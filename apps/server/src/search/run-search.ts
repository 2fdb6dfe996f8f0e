import { can, corePermissions, type ServiceContext } from "@quartet/core";
import { planSearch } from "../records/clients/list/search.ts";
import { clientHits } from "./client-hits.ts";
import { contactHits } from "./contact-hits.ts";
import type { SearchDeps } from "./deps.ts";
import { groupHits, type SearchResult } from "./groups.ts";
import type { SearchInput } from "./input.ts";
import { keyMatches } from "./key-matches.ts";
import { pluginHits } from "./plugin-hits.ts";

/**
 * The top bar's search: clients and contacts from core (for those who may read clients), then every
 * enabled plugin's provider, all at once; at most `limit` hits per group, grouped by kind.
 */
export async function runSearch(
  deps: SearchDeps,
  ctx: ServiceContext,
  input: SearchInput,
): Promise<SearchResult> {
  const { q, limit } = input;
  const core = async () => {
    if (!can(ctx.actor, corePermissions.clientsRead.id)) return [];
    const matches = await keyMatches(ctx.org.db, planSearch(q).keys);
    const [found, people] = await Promise.all([
      clientHits(ctx, q, limit, matches),
      contactHits(ctx, q, limit, matches),
    ]);
    return groupHits("core", [...found, ...people]);
  };
  const [coreGroups, pluginGroups] = await Promise.all([core(), pluginHits(deps, ctx, q, limit)]);
  return { q, groups: [...coreGroups, ...pluginGroups] };
}
