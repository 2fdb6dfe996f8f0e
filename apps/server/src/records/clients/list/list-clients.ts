import type { Actor, ServiceContext } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { and, asc, desc, sql } from "drizzle-orm";
import { type Owners, ownersOf } from "../owners.ts";
import type { Reader } from "../reader.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { clientConditions } from "./list-filters.ts";
import type { ListClientsInput } from "./list-input.ts";

const sortColumns = {
  updatedAt: clients.updatedAt,
  createdAt: clients.createdAt,
  name: clients.nameNormalized,
};

// Only what the list shows: no contacts, no custom fields, nothing read per row.
const listColumns = {
  id: clients.id,
  kind: clients.kind,
  name: clients.name,
  nameNormalized: clients.nameNormalized,
  inn: clients.inn,
  stage: clients.stage,
  tier: clients.tier,
  region: clients.region,
  city: clients.city,
  industry: clients.industry,
  tags: clients.tags,
  prospectingOwnerId: clients.prospectingOwnerId,
  firstSaleOwnerId: clients.firstSaleOwnerId,
  farmingOwnerId: clients.farmingOwnerId,
  vipOwnerId: clients.vipOwnerId,
  updatedAt: clients.updatedAt,
  createdAt: clients.createdAt,
};

/** One row of the client list. */
export type ClientListItem = {
  id: string;
  kind: "company" | "person";
  name: string;
  inn: string | null;
  stage: "prospect" | "lead" | "negotiation" | "customer";
  tier: "standard" | "vip";
  region: string | null;
  city: string | null;
  industry: string | null;
  tags: string[];
  owners: Owners;
  updatedAt: number;
  createdAt: number;
};

/**
 * The query of one page (unexecuted, so a test can `EXPLAIN` it): keyset pagination on
 * (sort value, id) through the `(merged_into_id, <sort>, id)` indexes, `limit + 1` rows.
 */
export async function listQuery(reader: Reader, actor: Actor, input: ListClientsInput) {
  const order = input.order ?? (input.sort === "name" ? "asc" : "desc");
  const column = sortColumns[input.sort];
  const conditions = await clientConditions(reader, actor, input);
  if (input.cursor) {
    const after = decodeCursor(input.cursor, input.sort, order);
    const op = order === "asc" ? sql`>` : sql`<`;
    conditions.push(sql`(${column}, ${clients.id}) ${op} (${after.value}, ${after.id})`);
  }
  const direction = order === "asc" ? asc : desc;
  const query = reader
    .select(listColumns)
    .from(clients)
    .where(and(...conditions))
    .orderBy(direction(column), direction(clients.id))
    .limit(input.limit + 1);
  return { query }; // wrapped: a drizzle query is thenable, so returning it bare from an async function runs it
}

/**
 * One page of clients the actor may see, filtered and sorted, with the cursor of the next page
 * (null on the last). Stays fast on 100,000 clients: one indexed query, only the listed columns.
 */
export async function listClients({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ListClientsInput;
}): Promise<{ items: ClientListItem[]; nextCursor: string | null }> {
  const order = input.order ?? (input.sort === "name" ? "asc" : "desc");
  const rows = await (await listQuery(ctx.org.db, ctx.actor, input)).query;
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last
      ? encodeCursor({ sort: input.sort, order, value: sortValue(last, input.sort), id: last.id })
      : null;
  const items = page.map(
    ({ nameNormalized: _, prospectingOwnerId, firstSaleOwnerId, farmingOwnerId, vipOwnerId, ...row }) => ({
      ...row,
      owners: ownersOf({ prospectingOwnerId, firstSaleOwnerId, farmingOwnerId, vipOwnerId }),
    }),
  );
  return { items, nextCursor };
}

function sortValue(row: { updatedAt: number; createdAt: number; nameNormalized: string }, sort: string) {
  return sort === "name" ? row.nameNormalized : sort === "createdAt" ? row.createdAt : row.updatedAt;
}
