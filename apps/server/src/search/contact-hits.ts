import { type Actor, corePermissions, type OrgDatabase, type ServiceContext } from "@quartet/core";
import { type SearchField, type SearchHit, searchSpellings } from "@quartet/core/plugin";
import { clients, contacts } from "@quartet/db/org";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import { clientVisibility } from "../records/clients/index.ts";
import { coreGroups } from "./groups.ts";
import type { KeyMatch } from "./key-matches.ts";

/**
 * Contacts of clients the actor sees. A phone or email finds the contacts that hold it among the
 * clients `core_client_keys` gave (`matches`, through the contacts' client index); other text finds
 * contacts whose name holds it (`searchSpellings`). `core_contacts` has no name index, so the
 * name case reads the contacts (never every client: their `merged_into_id` only filters, by
 * primary key), bounded by `limit` — the one place search is not index-driven.
 */
export async function contactHits(
  ctx: ServiceContext,
  q: string,
  limit: number,
  matches: readonly KeyMatch[],
): Promise<SearchHit[]> {
  const personal = matches.filter((m) => m.kind === "phone" || m.kind === "email");
  if (matches.length > 0 && personal.length === 0) return [];
  const rows = await contactQuery(ctx.org.db, ctx.actor, q, limit, personal).query;
  return rows.map((row) => {
    const key = personal.find((m) => (m.kind === "phone" ? row.phones : row.emails).includes(m.value));
    const matched: { field: SearchField; value: string } = key
      ? { field: key.kind, value: key.value }
      : { field: "name", value: row.name };
    return {
      group: coreGroups.contact,
      id: row.id,
      label: row.name,
      detail: row.clientName,
      matched,
      href: `/clients/${row.clientId}`,
      clientId: row.clientId,
      permission: corePermissions.clientsRead.id,
    };
  });
}

/** The read of `contactHits`, unexecuted (a test `EXPLAIN`s it): by the `personal` keys when given, else by name. */
export function contactQuery(
  db: OrgDatabase,
  actor: Actor,
  q: string,
  limit: number,
  personal: readonly KeyMatch[],
) {
  const where: SQL[] = [];
  if (personal.length > 0) {
    const holds = personal.map((m) => {
      const list = m.kind === "phone" ? contacts.phones : contacts.emails;
      return sql`exists (select 1 from json_each(${list}) where json_each.value = ${m.value})`;
    });
    where.push(inArray(contacts.clientId, [...new Set(personal.map((m) => m.clientId))]));
    where.push(sql`(${sql.join(holds, sql` or `)})`);
  } else {
    const spelled = searchSpellings(q).map((s) => sql`instr(${contacts.name}, ${s}) > 0`);
    where.push(sql`(${sql.join(spelled, sql` or `)})`);
  }
  const query = db
    .select({
      id: contacts.id,
      name: contacts.name,
      clientId: contacts.clientId,
      clientName: clients.name,
      phones: contacts.phones,
      emails: contacts.emails,
    })
    .from(contacts)
    .innerJoin(clients, sql`${clients.id} = ${contacts.clientId}`)
    .where(and(...where, sql`+${clients.mergedIntoId} is null`, clientVisibility(actor)))
    .limit(limit);
  return { query }; // wrapped: a drizzle query is thenable
}
