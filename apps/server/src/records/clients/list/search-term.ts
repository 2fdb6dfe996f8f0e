import type { Actor } from "@quartet/core";
import { clientKeys, clientSearchTable, clients } from "@quartet/db/org";
import { and, isNull, type SQL, sql } from "drizzle-orm";
import { prefixUpperBound } from "../name-prefix.ts";
import type { Reader } from "../reader.ts";
import { clientVisibility } from "../visibility.ts";
import { col, type Term } from "./filter-terms.ts";
import { fragmentMatch } from "./fragment.ts";
import { planSearch } from "./search.ts";

const search = sql.raw(clientSearchTable);

/**
 * The term of a search text: an INN, phone, email or domain held by a visible client finds it
 * through `core_client_keys`; otherwise a fragment of three characters or more of a name, phone,
 * email, domain or INN finds the clients holding it through the trigram index `core_client_search`
 * (`fragmentMatch`); a shorter text finds the names starting with it through the name index. Text
 * that normalizes to nothing and holds no key narrows nothing.
 */
export async function searchTerm(reader: Reader, actor: Actor, text: string): Promise<Term | null> {
  const plan = planSearch(text);
  const match = fragmentMatch(text);
  if (plan.keys.length > 0) {
    const anyKey = sql.join(
      plan.keys.map((key) => sql`(${clientKeys.kind} = ${key.kind} and ${clientKeys.value} = ${key.value})`),
      sql` or `,
    );
    const keyed = sql`select ${clientKeys.clientId} from ${clientKeys} where ${anyKey}`;
    const term: Term = { where: (use) => sql`${col(clients.id, use)} in (${keyed})`, ids: keyed };
    if ((!match && !plan.name) || (await visibleAny(reader, actor, term.where(true)))) return term;
  }
  if (match) return fragmentTerm(match);
  if (!plan.name) return null;
  const upper = prefixUpperBound(plan.name);
  const starts = (use: boolean) =>
    sql`${col(clients.nameNormalized, use)} >= ${plan.name} and ${col(clients.nameNormalized, use)} < ${upper}`;
  return {
    where: starts,
    ids: sql`select ${clients.id} from ${clients} where ${clients.mergedIntoId} is null and ${starts(true)}`,
  };
}

/** The term of an FTS5 query of `core_client_search`, whose rows are keyed by the clients' rowids. */
export function fragmentTerm(match: string): Term {
  const found = sql`select ${search}.rowid from ${search} where ${search} match ${match}`;
  return {
    where: (use) => sql`${use ? sql`` : sql`+`}${clients}.rowid in (${found})`,
    ids: sql`select c.id from ${search} join ${clients} c on c.rowid = ${search}.rowid where ${search} match ${match} and c.merged_into_id is null`,
  };
}

// Whether a client the actor sees meets `condition`.
async function visibleAny(reader: Reader, actor: Actor, condition: SQL): Promise<boolean> {
  const rows = await reader
    .select({ id: clients.id })
    .from(clients)
    .where(and(isNull(clients.mergedIntoId), clientVisibility(actor), condition))
    .limit(1);
  return rows.length > 0;
}
