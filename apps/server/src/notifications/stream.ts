import { can, corePermissions, DomainError, errorMessages, notificationMessages } from "@quartet/core";
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { orgHeader } from "../people/index.ts";
import type { Authenticator } from "../trpc/authenticate.ts";
import type { NotificationsDeps } from "./deps.ts";
import type { LiveMessage } from "./signal.ts";
import { createWaiter, type StreamTimings } from "./stream-loop.ts";
import { unreadCount } from "./unread.ts";

/**
 * `GET /notifications/stream?org=<orgId>` (mounted under `/api/v1`): server-sent events for the
 * signed-in member of that organisation — `ready` on connect and `notification` whenever their
 * unread count changes, each with `{"unread": n}`, and a comment line every heartbeat. A stored
 * notification or a mark-read in this process wakes the stream at once; every `pollMs` the count
 * is re-read as well, so a change made by another server process arrives within that time. A live
 * message published to the member (`signal.publish`, e.g. `call`) is written as its own event.
 * `streams.closeAll()` ends every open stream (shutdown).
 */
export function notificationStream(
  deps: NotificationsDeps,
  authenticate: Authenticator,
  timings: StreamTimings,
) {
  const open = new Map<ReturnType<typeof createWaiter>, Promise<void>>();
  const routes = new Hono().get("/notifications/stream", async (c) => {
    const org = c.req.query("org");
    const headers = new Headers(c.req.raw.headers);
    if (org) headers.set(orgHeader, org);
    const identity = await authenticate(new Request(c.req.raw.url, { headers }));
    if (identity?.actor.kind !== "user") throw new DomainError("UNAUTHORIZED", errorMessages.signInFirst);
    if (!identity.orgId || (org !== undefined && identity.orgId !== org)) {
      throw new DomainError("FORBIDDEN", notificationMessages.notAMember);
    }
    const permission = corePermissions.notificationsUse.id;
    if (!can(identity.actor, permission)) {
      throw new DomainError("FORBIDDEN", errorMessages.noPermission, { params: { permission } });
    }
    const orgId = identity.orgId;
    const userId = identity.actor.id;
    const count = async () => {
      const types = deps.catalog.enabledIn(await deps.enabledIds(orgId)).map((e) => e.def.type);
      return unreadCount((await deps.runtime(orgId)).db, userId, types);
    };
    return streamSSE(c, async (stream) => {
      const waiter = createWaiter();
      let ended = () => {};
      open.set(waiter, new Promise<void>((resolve) => (ended = resolve)));
      const live: LiveMessage[] = [];
      const unsubscribe = deps.signal.subscribe(orgId, userId, (message) => {
        if (message) live.push(message);
        waiter.wake();
      });
      stream.onAbort(() => waiter.stop());
      try {
        let unread = await count();
        await stream.writeSSE({ event: "ready", data: JSON.stringify({ unread }) });
        let quietSince = Date.now();
        for (;;) {
          const sinceBeat = Date.now() - quietSince;
          const outcome = await waiter.wait(
            Math.max(0, Math.min(timings.pollMs, timings.heartbeatMs - sinceBeat)),
          );
          if (outcome === "stop" || stream.aborted || stream.closed) break;
          for (const message of live.splice(0)) {
            await stream.writeSSE({ event: message.event, data: JSON.stringify(message.data) });
            quietSince = Date.now();
          }
          const now = await count();
          if (now !== unread) {
            unread = now;
            await stream.writeSSE({ event: "notification", data: JSON.stringify({ unread }) });
            quietSince = Date.now();
          } else if (Date.now() - quietSince >= timings.heartbeatMs) {
            await stream.write(": heartbeat\n\n");
            quietSince = Date.now();
          }
        }
      } finally {
        unsubscribe();
        open.delete(waiter);
        ended();
      }
    });
  });
  return {
    routes,
    /** Ends every open stream; resolves once each has finished its response. */
    async closeAll(): Promise<void> {
      const ending = [...open.values()];
      for (const waiter of open.keys()) waiter.stop();
      await Promise.all(ending);
    },
  };
}
