import type { Actor } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { type SQL, sql } from "drizzle-orm";
import type { Reader } from "../reader.ts";
import { driverKey, memoizedDriver } from "./driver-memo.ts";
import { col, filterTerms, type Term } from "./filter-terms.ts";
import type { ClientFilters } from "./list-input.ts";
import { searchTerm } from "./search-term.ts";

/** At most this many matches make a filter narrow enough to drive the query by its own index. */
export const narrowFilterRows = 1000;

/**
 * The WHERE conditions of the client list and its count: not merged, inside the actor's record
 * scope, and the filters. Without statistics SQLite walks the sort index and checks every row,
 * which is right for broad filters and slow for narrow ones (a rare region: every row of the
 * table). So each filter with an index of its own is counted up to `narrowFilterRows` in one
 * probe, and so are all of them together (broad filters can meet in few clients); the narrowest
 * under that drives the query by primary key, the rest only filter. The choice is remembered for
 * a few seconds per filter set (`memoizedDriver`).
 */
export async function clientConditions(reader: Reader, actor: Actor, filters: ClientFilters): Promise<SQL[]> {
  const terms = filterTerms(actor, filters);
  const search = filters.search ? await searchTerm(reader, actor, filters.search) : null;
  if (search) terms.push(search);
  const candidates = (terms.length > 1 ? [...terms, allOf(terms)] : terms).filter((term) => term.ids);
  const choice =
    candidates.length === 0
      ? -1
      : await memoizedDriver(reader, driverKey(actor, filters), () => narrowest(reader, candidates));
  const driver = candidates[choice];
  if (!driver) return [sql`${clients.mergedIntoId} is null`, ...terms.map((term) => term.where(true))];
  return [
    sql`${col(clients.mergedIntoId, false)} is null`,
    sql`${clients.id} in (${driver.ids})`,
    ...terms.filter((term) => term !== driver).map((term) => term.where(false)),
  ];
}

// The filters together, as one more candidate driver.
function allOf(terms: Term[]): Term {
  const all = (use: boolean) =>
    sql.join(
      terms.map((term) => sql`(${term.where(use)})`),
      sql` and `,
    );
  return {
    where: all,
    ids: sql`select ${clients.id} from ${clients} where ${clients.mergedIntoId} is null and ${all(true)}`,
  };
}

// The position of the candidate with the fewest matches under `narrowFilterRows`, else -1.
async function narrowest(reader: Reader, candidates: Term[]): Promise<number> {
  const counts = candidates.map(
    (term, i) =>
      sql`(select count(*) from (${term.ids} limit ${narrowFilterRows + 1})) as ${sql.raw(`n${i}`)}`,
  );
  const [row] = await reader.all<Record<string, number>>(sql`select ${sql.join(counts, sql`, `)}`);
  let best = -1;
  let fewest = narrowFilterRows + 1;
  for (let i = 0; i < candidates.length; i++) {
    const n = Number(row?.[`n${i}`] ?? fewest);
    if (n < fewest) [best, fewest] = [i, n];
  }
  return best;
}
