import { notificationCreated } from "@quartet/core";
import { type DeliveredEvent, defineSubscriber, type SubscriberDefinition } from "@quartet/core/plugin";
import type { CatalogEntry } from "./catalog.ts";
import type { NotificationsDeps } from "./deps.ts";
import { producerContext } from "./producer-context.ts";
import { sendEmail } from "./send-email.ts";
import { sendTelegram } from "./send-telegram.ts";
import { storeNotifications } from "./store.ts";

/** The owner id under which core's notification subscribers are recorded in the outbox deliveries. */
export const coreSubscriberOwner = "core";

/**
 * Core's subscribers, delivered through the outbox like a plugin's (a crash loses nothing):
 * `notify:<type>` for each event-produced type (inert while its plugin is disabled), and on
 * `core.notification.created` one subscriber per channel — `live` wakes the member's open
 * streams, `email` and `telegram` send, each with its own retries.
 */
export function notificationSubscribers(deps: NotificationsDeps): SubscriberDefinition[] {
  const producers = deps.catalog.entries.flatMap((entry) => (entry.def.on ? [producerOf(deps, entry)] : []));
  return [
    ...producers,
    defineSubscriber({
      name: "notifications:live",
      event: notificationCreated,
      handle: async (ctx, event) => deps.signal.notify(ctx.org.orgId, event.payload.recipientId),
    }),
    defineSubscriber({
      name: "notifications:email",
      event: notificationCreated,
      handle: (ctx, event) => sendEmail(deps, ctx.org.orgId, event.payload),
    }),
    defineSubscriber({
      name: "notifications:telegram",
      event: notificationCreated,
      handle: (ctx, event) => sendTelegram(deps, ctx.org.orgId, event.payload),
    }),
  ];
}

function producerOf(deps: NotificationsDeps, entry: CatalogEntry): SubscriberDefinition {
  const on = entry.def.on as NonNullable<CatalogEntry["def"]["on"]>;
  return defineSubscriber({
    name: `notify:${entry.def.type}`,
    event: on.event,
    async handle(ctx, event: DeliveredEvent<unknown>) {
      const orgId = ctx.org.orgId;
      if (!deps.catalog.isLive(entry, await deps.enabledIds(orgId))) return;
      const drafts = await on.recipients(await producerContext(deps, orgId, entry.pluginId), event);
      await storeNotifications(deps, ctx.scope, { orgId, entry, drafts, fallbackKey: event.id });
    },
  });
}
