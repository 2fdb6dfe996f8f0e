import { normalizeCompanyName } from "@quartet/core";

/** The trigram tokenizer matches nothing shorter: fragments under three characters go by name prefix. */
export const minFragment = 3;

// A phone as typed: digits and phone punctuation only.
const phoneLike = /^[\d\s()+\-.]+$/;
// Keys (emails, punycode domains, INNs) are ASCII without spaces.
const keyLike = /^[\x21-\x7e]+$/;

const phrase = (column: "name" | "keys", text: string) => `${column} : "${text.replaceAll('"', '""')}"`;

/**
 * The FTS5 query of `core_client_search` for a fragment of a name, phone, email, domain or INN, or
 * null when no part of it is long enough to search by trigrams. The name column is searched by the
 * normalized text (lower case, «ё» as «е», legal forms and punctuation gone — as names are stored);
 * the keys column by ASCII text without spaces (lower case: the index ignores case), or by the
 * digits of text that reads as a phone, since phones are indexed as digits. Each part is a quoted phrase, so
 * `%`, `_`, `*` and quotes are plain characters.
 *
 * @example fragmentMatch("000-01-2") // 'name : "000 01 2" OR keys : "000012"'
 */
export function fragmentMatch(text: string): string | null {
  const raw = text.trim();
  const name = normalizeCompanyName(raw);
  const key = phoneLike.test(raw) ? raw.replace(/\D/g, "") : keyLike.test(raw) ? raw.toLowerCase() : "";
  const parts = [
    ...(length(name) >= minFragment ? [phrase("name", name)] : []),
    ...(length(key) >= minFragment ? [phrase("keys", key)] : []),
  ];
  return parts.length > 0 ? parts.join(" OR ") : null;
}

// Characters, not UTF-16 units: trigrams count code points.
function length(text: string): number {
  return [...text].length;
}
