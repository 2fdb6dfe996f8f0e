import type { ServiceContext } from "@quartet/core";
import { webhookEndpoints } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { dropEventsForNoEndpoint } from "./end-waiting.ts";
import { endpointRow, endpointView } from "./endpoint-view.ts";

/**
 * Removes an endpoint with its delivery log (nothing more is sent to it); audited. The last one
 * takes the outbox's waiting webhook work with it (`dropEventsForNoEndpoint`).
 */
export async function removeEndpoint(ctx: ServiceContext, input: { id: string }): Promise<{ ok: true }> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = endpointView(await endpointRow(scope.tx, input.id), ctx.clock.now());
    await scope.tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, input.id));
    await dropEventsForNoEndpoint(scope);
    await scope.audit({ action: "core.webhooks.remove", entity: "webhook", entityId: input.id, before });
    return { ok: true as const };
  });
}
