import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import type { Accessor } from "solid-js";
import { useApi } from "../../lib/api-context.tsx";
import type { OutputOf } from "../../lib/api-types.ts";
import { orgKey } from "../../lib/org-key.ts";
import type { QuartetClient } from "../../lib/trpc.ts";
import { useDebounced } from "../../pages/clients/use-debounced.ts";

/** What a search answers: groups of hits (clients, contacts, the plugins' records). */
export type SearchResult = OutputOf<QuartetClient["core"]["search"]["query"]>;
/** One group of a search's results. */
export type SearchGroup = SearchResult["groups"][number];
/** One hit. */
export type SearchHit = SearchGroup["hits"][number];

/** How long typing must pause before a search is sent. */
const debounceMs = 200;

/**
 * The search for `text` once typing pauses: nothing for empty text; a search whose text changed
 * before it answered is cancelled (its signal aborts the request); the last answer stays on screen
 * while the next one loads.
 */
export function useSearch(text: Accessor<string>, enabled: Accessor<boolean>) {
  const { trpc, org } = useApi();
  const q = useDebounced(() => text().trim().slice(0, 100), debounceMs);
  const query = useQuery(() => ({
    queryKey: orgKey(org.id(), "search", q()),
    queryFn: ({ signal }) => trpc.core.search.query.query({ q: q(), limit: 5 }, { signal }),
    enabled: enabled() && q() !== "",
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  }));
  return {
    q,
    /** The answer for the current text, or the previous one while it loads; none for empty text. */
    result: (): SearchResult | undefined => (q() === "" ? undefined : query.data),
    loading: () => q() !== "" && query.isFetching,
    pending: () => text().trim() !== q(),
    failed: () => query.isError,
  };
}
