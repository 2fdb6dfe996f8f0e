import type { ServiceContext } from "@quartet/core";
import type { Host } from "../host/create-host.ts";
import { searchDepsOf } from "./deps.ts";
import type { SearchInput } from "./input.ts";
import { runSearch } from "./run-search.ts";

/** Global search bound to the host; `timeoutMs` is how long each plugin's provider may take. */
export function searchOf(host: Host, timeoutMs?: number) {
  const deps = searchDepsOf(host, timeoutMs);
  return { query: (ctx: ServiceContext, input: SearchInput) => runSearch(deps, ctx, input) };
}

export type { SearchGroup, SearchResult } from "./groups.ts";
export { searchInput } from "./input.ts";
