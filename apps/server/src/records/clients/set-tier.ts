import type { ServiceContext, WriteScope } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { writableClient } from "./find-client.ts";

/**
 * Sets a client's tier (`standard` or `vip`) inside the caller's transaction, audited as
 * `core.client.tier` with before and after; false when the client already had it. The VIP plugin
 * calls it when it grants or withdraws a tier, and puts the reason on the timeline itself.
 */
export async function setTierIn(
  ctx: ServiceContext,
  scope: WriteScope,
  clientId: string,
  tier: "standard" | "vip",
): Promise<boolean> {
  const row = await writableClient(scope.tx, ctx.actor, clientId);
  if (row.tier === tier) return false;
  await scope.tx.update(clients).set({ tier, updatedAt: ctx.clock.now() }).where(eq(clients.id, clientId));
  await scope.audit({
    action: "core.client.tier",
    entity: "client",
    entityId: clientId,
    before: { tier: row.tier },
    after: { tier },
  });
  return true;
}
