import type { Actor } from "@quartet/core";
import { clientKeys, clients } from "@quartet/db/org";
import { and, isNull, type SQL, sql } from "drizzle-orm";
import { prefixUpperBound } from "../name-prefix.ts";
import type { Reader } from "../reader.ts";
import { clientVisibility } from "../visibility.ts";
import { col, type Term } from "./filter-terms.ts";
import { planSearch } from "./search.ts";

/**
 * The term of a search text: an INN, phone, email or domain held by a visible client finds it
 * through `core_client_keys`; otherwise the start of the normalized name through the name index;
 * only when no visible name starts so, a contains-scan of the (covering) name index. Text that
 * normalizes to nothing and holds no key narrows nothing.
 */
export async function searchTerm(reader: Reader, actor: Actor, text: string): Promise<Term | null> {
  const plan = planSearch(text);
  const exists = async (condition: SQL) =>
    (
      await reader
        .select({ id: clients.id })
        .from(clients)
        .where(and(isNull(clients.mergedIntoId), clientVisibility(actor), condition))
        .limit(1)
    ).length > 0;
  if (plan.keys.length > 0) {
    const anyKey = sql.join(
      plan.keys.map((key) => sql`(${clientKeys.kind} = ${key.kind} and ${clientKeys.value} = ${key.value})`),
      sql` or `,
    );
    const keyed = sql`select ${clientKeys.clientId} from ${clientKeys} where ${anyKey}`;
    const term: Term = { where: (use) => sql`${col(clients.id, use)} in (${keyed})`, ids: keyed };
    if (!plan.name || (await exists(term.where(true)))) return term;
  }
  if (!plan.name) return null;
  const upper = prefixUpperBound(plan.name);
  const starts = (use: boolean) =>
    sql`${col(clients.nameNormalized, use)} >= ${plan.name} and ${col(clients.nameNormalized, use)} < ${upper}`;
  const active = sql`${clients.mergedIntoId} is null`;
  if (await exists(starts(true))) {
    return {
      where: starts,
      ids: sql`select ${clients.id} from ${clients} where ${active} and ${starts(true)}`,
    };
  }
  const contains = sql`instr(${clients.nameNormalized}, ${plan.name}) > 0`;
  return {
    where: () => contains,
    ids: sql`select ${clients.id} from ${clients} where ${active} and ${contains}`,
  };
}
