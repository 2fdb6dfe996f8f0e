import type { AnyPlugin } from "@quartet/core/plugin";
import { webhookEndpoints } from "@quartet/db/org";
import type { WebhooksDeps } from "./deps.ts";
import { webhookEventCatalog } from "./event-types.ts";
import { pruneWebhookDeliveriesJob } from "./prune-job.ts";
import { createWebhookSender } from "./sender.ts";
import { webhookOwnerId, webhookSubscriberOwner } from "./subscribers.ts";

export type { WebhookServiceDeps, WebhooksDeps } from "./deps.ts";
export { webhookRetryPolicy } from "./retry.ts";

/**
 * Signed outbound webhooks (Standard Webhooks): the event catalogue known at boot (core's events
 * and each installed plugin's `events.emits`), core's subscribers that turn events into deliveries
 * inside the outbox's transaction, and the sender that POSTs them with retries. The host adds
 * `subscriberOwner` to the dispatcher's index, `jobs` to core's jobs and `sender.sweep` to its
 * periodic loop.
 */
export function createWebhooks(deps: Omit<WebhooksDeps, "catalog"> & { plugins: readonly AnyPlugin[] }) {
  const catalog = webhookEventCatalog(deps.plugins);
  const sender = createWebhookSender({ ...deps, catalog });
  return {
    catalog,
    sender,
    subscriberOwner: webhookSubscriberOwner(catalog, sender.kick),
    /** Core's job that forgets old finished deliveries. */
    jobs: [pruneWebhookDeliveriesJob],
    /**
     * The dispatcher's enabled owners of an organisation, with the webhook subscribers' owner
     * added when the organisation has an endpoint (one indexed read per dispatch pass).
     */
    async withWebhookOwner(orgId: string, enabled: ReadonlySet<string>): Promise<ReadonlySet<string>> {
      const handle = await deps.orgHandle(orgId);
      const [any] = await handle.db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).limit(1);
      return any ? new Set([...enabled, webhookOwnerId]) : enabled;
    },
    /** What the procedures need. */
    services: { catalog, urlPolicy: deps.urlPolicy, enabledIds: deps.enabledIds, kick: sender.kick },
  };
}

/** The webhooks module's type. */
export type Webhooks = ReturnType<typeof createWebhooks>;
