import type { ServiceContext } from "../context.ts";
import type { LocalizedText } from "../i18n.ts";
import { ManifestError } from "./graph.ts";

/** Which field of a record a search text matched; the admin app words each in the viewer's language. */
export const searchFields = ["name", "title", "client", "phone", "inn", "email", "domain"] as const;
export type SearchField = (typeof searchFields)[number];

/**
 * One record a search found. `label` and `detail` are the record's own words (a deal's title, its
 * client's name), never an id; `group` names the kind of record in both languages; `href` is a path
 * in the admin app. `permission` is the plugin's permission that reading this record needs, and
 * `clientId` the client it belongs to (null when none yet): the host drops hits the actor may not
 * read or whose client is outside the actor's record scope.
 *
 * @example { group: { key: "first-sale.deal", name: { en: "Deals", ru: "Сделки" } }, id, label: "Поставка", detail: "ООО Ромашка", matched: { field: "client", value: "Ромашка" }, href: "/first-sale/deals/deal_…", clientId, permission: "first-sale.deals.read" }
 */
export type SearchHit = {
  group: { key: string; name: LocalizedText };
  id: string;
  label: string;
  detail: string | null;
  matched: { field: SearchField; value: string };
  href: string;
  clientId: string | null;
  permission: string;
};

/**
 * A plugin's search provider, declared as `search` in its manifest: at most `limit` hits for the
 * text `q` (trimmed, 1–100 characters), read with the caller as `ctx.actor`. Core's global search
 * asks every enabled plugin's provider at once, each under a time limit; one that throws or is
 * late reports an error in its group while the others still answer. Use indexes: it runs on
 * every keystroke (debounced).
 *
 * @example search: async (ctx, q, limit) => findDeals(ctx, q, limit)
 */
export type SearchProvider<S = unknown> = (
  ctx: ServiceContext<S>,
  q: string,
  limit: number,
) => Promise<SearchHit[]>;

/** Boot check of a manifest's `search` member: a function when present. */
export function validateSearch(plugin: { id: string; search?: unknown }): void {
  if (plugin.search !== undefined && typeof plugin.search !== "function") {
    throw new ManifestError(`Plugin "${plugin.id}" declares search that is not a function`, [plugin.id]);
  }
}

/** True when a hit's permission belongs to `pluginId` (a plugin can only vouch for its own records). */
export function ownsPermission(pluginId: string, permission: string): boolean {
  return permission.startsWith(`${pluginId}.`);
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);

/**
 * The spellings a search text is looked for in stored names (SQLite's `lower()` and `LIKE` fold
 * ASCII only, so Cyrillic needs them spelled): as typed and with a capital first letter, and the
 * ways names are stored whatever the typing — lower case, upper case, a capital first letter, a
 * capital first letter of each word. So «ромашка» finds «Ромашка» and «РОМАШКА», and «ИВАН ПЕТРОВ»
 * finds «Иван Петров»; a mixed case such as «ИП Петров» is found by a part of it only («петров»).
 * A lower-case copy of the name stored at write time would fold every case.
 *
 * @example searchSpellings("ива") // ["ива", "Ива", "ИВА"]
 */
export function searchSpellings(q: string): string[] {
  const lower = q.toLocaleLowerCase("ru");
  const words = lower.replace(
    /(^|[\s«"(-])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toLocaleUpperCase("ru"),
  );
  return [...new Set([q, capitalised(q), lower, q.toLocaleUpperCase("ru"), capitalised(lower), words])];
}
