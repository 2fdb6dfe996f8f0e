import type { ClientSelection, ClientSummary, ServiceContext, WriteScope } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { and, inArray, isNotNull, isNull, type SQL } from "drizzle-orm";
import { ownerColumns, ownersOf } from "../clients/owners.ts";
import { clientVisibility } from "../clients/visibility.ts";
import { chunked } from "./chunked.ts";
import { readerOf } from "./reader-of.ts";

/** The clients the actor sees that match `selection`, merged ones left out, in one read per 500 ids. */
export async function clientSummaries(
  ctx: Pick<ServiceContext, "org" | "actor">,
  selection: ClientSelection,
  scope?: WriteScope,
): Promise<ClientSummary[]> {
  const db = readerOf(ctx, scope);
  const rows = await chunked(selection.ids, (ids) => {
    const where: (SQL | undefined)[] = [isNull(clients.mergedIntoId), clientVisibility(ctx.actor)];
    if (ids) where.push(inArray(clients.id, [...ids]));
    if (selection.stages) where.push(inArray(clients.stage, [...selection.stages]));
    if (selection.ownedFor) where.push(isNotNull(ownerColumns[selection.ownedFor]));
    return db
      .select()
      .from(clients)
      .where(and(...where));
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    inn: row.inn,
    phones: row.phones,
    emails: row.emails,
    region: row.region,
    city: row.city,
    industry: row.industry,
    tags: row.tags,
    stage: row.stage,
    tier: row.tier,
    owners: ownersOf(row),
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt,
  }));
}
