import { type Locale, type MessageParams, wordRef } from "@quartet/core";
import { opsMessages as m } from "./messages.ts";

/**
 * The ops commands' wording in the operator's language: `say` words a catalog key, `title` names
 * a database ("Control database", «Organisation «ООО Ромашка» (romashka)»).
 */
export function operatorWords(locale: Locale) {
  const say = (key: string, params?: MessageParams) => wordRef(locale, { key, params });
  const title = (database: { org: { name: string; slug: string } | null }) =>
    database.org ? say(m.organisation, database.org) : say(m.control);
  return { say, title };
}
