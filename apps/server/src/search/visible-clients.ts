import type { Actor, OrgDatabase } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { and, inArray, isNull } from "drizzle-orm";
import { clientVisibility } from "../records/clients/index.ts";

/**
 * Which of `clientIds` the actor may see (not merged, inside the record scope), by primary key.
 * Everyone with scope `all` sees every one.
 */
export async function visibleClients(
  db: OrgDatabase,
  actor: Actor,
  clientIds: readonly string[],
): Promise<ReadonlySet<string>> {
  const ids = [...new Set(clientIds)];
  const visibility = clientVisibility(actor);
  if (ids.length === 0 || !visibility) return new Set(ids);
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(inArray(clients.id, ids), isNull(clients.mergedIntoId), visibility));
  return new Set(rows.map((r) => r.id));
}
