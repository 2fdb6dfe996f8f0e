import { clients } from "@quartet/db/org";
import { and, gte, lt, type SQL } from "drizzle-orm";

/**
 * `name_normalized` starts with `prefix`, as a range the `core_clients_name` index answers.
 * (`LIKE 'x%'` would not use it: SQLite's LIKE ignores case, the column's collation does not.)
 *
 * @example namePrefix("ромашка") // name_normalized >= 'ромашка' and name_normalized < 'ромашкб'
 */
export function namePrefix(prefix: string): SQL | undefined {
  return and(gte(clients.nameNormalized, prefix), lt(clients.nameNormalized, prefixUpperBound(prefix)));
}

/** The least string greater than every string that starts with `prefix` (its last character + 1). */
export function prefixUpperBound(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()?.codePointAt(0) ?? 0;
  const next = last + 1 >= 0xd800 && last + 1 <= 0xdfff ? 0xe000 : last + 1;
  return chars.join("") + String.fromCodePoint(Math.min(next, 0x10ffff));
}
