import type { LocalizedText } from "@quartet/core";
import type { SearchHit } from "@quartet/core/plugin";

/** A hit as the admin app gets it: what to show and where it leads. */
export type FoundHit = Pick<SearchHit, "id" | "label" | "detail" | "matched" | "href">;

/**
 * One group of results: a kind of record (`core.client`, `first-sale.deal`, …) named in both
 * languages, from core or a plugin; `error` says the source failed or ran out of time, so the
 * admin app says so in that group while the others show their hits.
 */
export type SearchGroup = {
  key: string;
  source: string;
  name: LocalizedText;
  hits: FoundHit[];
  error: "failed" | "timeout" | null;
};

/** What a search answers: its groups, core's first, then the plugins' in installation order. */
export type SearchResult = { q: string; groups: SearchGroup[] };

/** Core's groups. */
export const coreGroups = {
  client: { key: "core.client", name: { en: "Clients", ru: "Клиенты" } },
  contact: { key: "core.contact", name: { en: "Contacts", ru: "Контакты" } },
} as const;

/** The hit a result shows, without what only the host needs (permission, client). */
export function foundHit(hit: SearchHit): FoundHit {
  return { id: hit.id, label: hit.label, detail: hit.detail, matched: hit.matched, href: hit.href };
}

/** Hits grouped by their group key, in the order the groups first appear; empty groups left out. */
export function groupHits(source: string, hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.group.key) ?? {
      key: hit.group.key,
      source,
      name: hit.group.name,
      hits: [],
      error: null,
    };
    group.hits.push(foundHit(hit));
    groups.set(hit.group.key, group);
  }
  return [...groups.values()];
}
