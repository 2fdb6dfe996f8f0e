import { type AnyPlugin, defineSubscriber, type SubscriberDefinition } from "@quartet/core/plugin";
import { enqueueDeliveries } from "./enqueue.ts";
import type { WebhookEventCatalog } from "./event-types.ts";

/**
 * The owner id of the webhook subscribers in the outbox's deliveries. Not a possible plugin id,
 * and "enabled" only in an organisation that has an endpoint (`withWebhookOwner`), so the events
 * of an organisation without webhooks make no delivery rows for them.
 */
export const webhookOwnerId = "core.webhooks";

/**
 * Core's subscribers that turn events into webhook deliveries: `webhooks:<name@version>` for
 * every event of the catalogue, under the owner id `core.webhooks`, so they ride the outbox like
 * any subscriber. After the commit the sender is woken.
 */
export function webhookSubscriberOwner(
  catalog: WebhookEventCatalog,
  kick: (orgId: string) => void,
): AnyPlugin {
  const subscribers: SubscriberDefinition[] = catalog.types.map((type) =>
    defineSubscriber({
      name: `webhooks:${type.key}`,
      event: type.event,
      async handle(ctx, event) {
        const orgId = ctx.org.orgId;
        const count = await enqueueDeliveries(ctx.scope, {
          orgId,
          key: type.key,
          event,
          now: ctx.clock.now(),
        });
        // The sender's claim queues behind this transaction's write lock, so it sees the rows once committed.
        if (count > 0) kick(orgId);
      },
    }),
  );
  return { id: webhookOwnerId, subscribers } as unknown as AnyPlugin;
}
