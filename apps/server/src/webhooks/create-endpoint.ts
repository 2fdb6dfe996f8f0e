import { newId, type ServiceContext } from "@quartet/core";
import { webhookEndpoints } from "@quartet/db/org";
import type { z } from "zod";
import type { WebhookServiceDeps } from "./deps.ts";
import { checkedEventTypes, checkedUrl, type createEndpointInput } from "./endpoint-input.ts";
import { type EndpointView, endpointView } from "./endpoint-view.ts";
import { newWebhookSecret } from "./signature.ts";

/**
 * Subscribes an address to events. The answer carries the signing secret — the only time it
 * leaves the server (the list never shows it; a lost secret is replaced by rotating it).
 */
export async function createEndpoint(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  input: z.output<typeof createEndpointInput>,
): Promise<{ endpoint: EndpointView; secret: string }> {
  const url = await checkedUrl(deps, input.url);
  const eventTypes = await checkedEventTypes(deps, ctx.org.orgId, input.eventTypes);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const row = {
      id: newId("whk", now),
      url,
      description: input.description,
      eventTypes,
      enabled: input.enabled,
      secret: newWebhookSecret(),
      previousSecret: null,
      previousSecretUntil: null,
      createdBy: ctx.actor.id,
      createdAt: now,
      updatedAt: now,
    };
    await scope.tx.insert(webhookEndpoints).values(row);
    const endpoint = endpointView(row, now);
    await scope.audit({
      action: "core.webhooks.create",
      entity: "webhook",
      entityId: row.id,
      after: endpoint,
    });
    return { endpoint, secret: row.secret };
  });
}
