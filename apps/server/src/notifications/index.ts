import { validateNotificationTypes } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { Authenticator } from "../trpc/authenticate.ts";
import { notificationCatalog } from "./catalog.ts";
import { coreNotificationTypes } from "./core-types.ts";
import type { NotificationsDeps } from "./deps.ts";
import { notificationJobs } from "./jobs.ts";
import { createNotificationSignal } from "./signal.ts";
import { notificationStream } from "./stream.ts";
import { defaultStreamTimings, type StreamTimings } from "./stream-loop.ts";
import { coreSubscriberOwner, notificationSubscribers } from "./subscribers.ts";
import { staffLinks } from "./telegram-link.ts";

export type { NotificationsDeps } from "./deps.ts";

/**
 * Notifications: the catalog of types (core's and the installed plugins'), the subscribers and
 * jobs that store them and send them on, the live signal, the SSE stream and the staff link port.
 * The host adds `subscriberOwner` to the dispatcher's index and `jobs` to core's jobs.
 */
export function createNotifications(
  deps: Omit<NotificationsDeps, "catalog" | "signal">,
  options: { timings?: StreamTimings } = {},
) {
  validateNotificationTypes("core", coreNotificationTypes);
  const full: NotificationsDeps = {
    ...deps,
    catalog: notificationCatalog(coreNotificationTypes, deps.plugins),
    signal: createNotificationSignal(),
  };
  const streams: ReturnType<typeof notificationStream>[] = [];
  return {
    deps: full,
    catalog: full.catalog,
    signal: full.signal,
    /** Core's notification subscribers under the owner id `core` (always enabled), for the dispatcher's index. */
    subscriberOwner: {
      id: coreSubscriberOwner,
      subscribers: notificationSubscribers(full),
    } as unknown as AnyPlugin,
    jobs: notificationJobs(full),
    /** The SSE route (`/notifications/stream`) bound to the app's authenticator. */
    streamRoutes(authenticate: Authenticator) {
      const stream = notificationStream(full, authenticate, options.timings ?? defaultStreamTimings);
      streams.push(stream);
      return stream.routes;
    },
    /** What a plugin's bot handler uses to link a member's chat (`HookResolution.staffLinks`). */
    staffLinks: (orgId: string) => staffLinks(full, orgId),
    /** Ends every open stream and resolves once their responses have finished (shutdown). */
    async close(): Promise<void> {
      await Promise.all(streams.map((stream) => stream.closeAll()));
    },
  };
}

/** The notifications module's type. */
export type Notifications = ReturnType<typeof createNotifications>;
