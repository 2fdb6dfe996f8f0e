import type { ServiceContext } from "@quartet/core";
import { webhookEndpoints } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { WebhookServiceDeps } from "./deps.ts";
import { endWaitingDeliveries } from "./end-waiting.ts";
import { checkedEventTypes, checkedUrl, type updateEndpointInput } from "./endpoint-input.ts";
import { type EndpointView, endpointRow, endpointView } from "./endpoint-view.ts";

/**
 * Changes an endpoint's address, description, events or whether it receives anything; audited.
 * Switching it off ends its waiting deliveries (dead, replayable from the log).
 */
export async function updateEndpoint(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  input: z.output<typeof updateEndpointInput>,
): Promise<EndpointView> {
  const current = await endpointRow(ctx.org.db, input.id);
  const url = input.url === undefined ? undefined : await checkedUrl(deps, input.url);
  const eventTypes =
    input.eventTypes === undefined
      ? undefined
      : await checkedEventTypes(deps, ctx.org.orgId, input.eventTypes, current.eventTypes);
  const updated = await ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const before = endpointView(await endpointRow(scope.tx, input.id), now);
    const change = {
      url,
      description: input.description,
      eventTypes,
      enabled: input.enabled,
      updatedAt: now,
    };
    await scope.tx.update(webhookEndpoints).set(change).where(eq(webhookEndpoints.id, input.id));
    if (input.enabled === false) await endWaitingDeliveries(scope, input.id, now);
    const after = endpointView(await endpointRow(scope.tx, input.id), now);
    await scope.audit({
      action: "core.webhooks.update",
      entity: "webhook",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
  return updated;
}
