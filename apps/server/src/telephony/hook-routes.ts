import {
  DomainError,
  errorMessages,
  hostMessages,
  telephonyMessages as m,
  type PbxRequest,
} from "@quartet/core";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Host } from "../host/create-host.ts";
import { hookActor, maxHookBodyBytes } from "../http/hooks.ts";
import { telephonyHookOwner } from "./adapters.ts";
import { callPopupsOf, pushCallEvent } from "./call-push.ts";
import { callerReadersOf } from "./caller-readers.ts";
import { pbxConnection } from "./connection.ts";
import { recordCallEvent } from "./record-call-event.ts";

/**
 * `/hooks/telephony/<key>/<adapter>`: where the organisation's PBX posts call notifications (and
 * checks the address with a GET). The key finds the organisation in the control database; an
 * unknown key or an adapter other than the connected one is 404, a bad signature 401 with
 * nothing written, a repeated notification 200 with nothing written. Ringing, answered and ended
 * calls are pushed live to the members behind the extension (the incoming-call popup, call-push.ts).
 */
export function telephonyHookRoutes(host: Host): Hono {
  const missing = () => new DomainError("NOT_FOUND", errorMessages.noSuchEndpoint);
  return new Hono()
    .use(
      "*",
      bodyLimit({
        maxSize: maxHookBodyBytes,
        onError: () => {
          throw new DomainError("PAYLOAD_TOO_LARGE", hostMessages.bodyTooLarge);
        },
      }),
    )
    .on(["GET", "POST"], "/:key/:adapter", async (c) => {
      const owner = await host.hookKeys.lookup(c.req.param("key"));
      if (!owner || owner.pluginId !== telephonyHookOwner) throw missing();
      const runtime = await host.runtime(owner.orgId);
      const pbx = await pbxConnection(runtime.db);
      if (!pbx || pbx.adapter.id !== c.req.param("adapter") || pbx.hookKey !== c.req.param("key"))
        throw missing();
      const notification = pbx.adapter.parseNotification(pbx.settings, await pbxRequestOf(c));
      switch (notification.kind) {
        case "reply":
          return c.text(notification.body, notification.status as 200);
        case "bad-signature":
          throw new DomainError("UNAUTHORIZED", m.badSignature);
        case "ignored":
          return c.json({ ok: true, recorded: false });
        case "event": {
          const organisation = await host.people.organisation(owner.orgId);
          const members = new Map(
            (await host.people.listMembers(owner.orgId)).map((x) => [x.userId, x.name]),
          );
          const context = host.serviceContext({
            actor: hookActor,
            org: runtime,
            clock: host.clock,
            logger: host.logger.child({ telephony: pbx.adapter.id, org: owner.orgId }),
            settings: undefined,
          });
          const source = {
            adapter: pbx.adapter.id,
            locale: organisation.locale === "en" ? ("en" as const) : ("ru" as const),
            memberName: (userId: string) => members.get(userId) ?? null,
          };
          const result = await recordCallEvent(context, source, notification.event);
          const signal = host.notifications.signal;
          await pushCallEvent(
            {
              orgId: owner.orgId,
              db: runtime.db,
              signal,
              popups: callPopupsOf(signal),
              readers: callerReadersOf(host, owner.orgId, runtime),
              ...source,
            },
            notification.event,
          );
          return c.json({ ok: true, recorded: !result.duplicate });
        }
      }
    });
}

/** The request as the port reads it: lower-case headers, the query, and a form or JSON body as strings. */
async function pbxRequestOf(c: Context): Promise<PbxRequest> {
  const headers = Object.fromEntries([...c.req.raw.headers].map(([k, v]) => [k.toLowerCase(), v]));
  let body: Record<string, string> = {};
  if (c.req.method === "POST") {
    const type = c.req.header("content-type") ?? "";
    const raw: Record<string, unknown> = type.includes("json")
      ? ((await c.req.json().catch(() => ({}))) as Record<string, unknown>)
      : await c.req.parseBody().catch(() => ({}));
    body = Object.fromEntries(
      Object.entries(raw ?? {}).flatMap(([k, v]) =>
        typeof v === "string" || typeof v === "number" ? [[k, String(v)]] : [],
      ),
    );
  }
  return { method: c.req.method, headers, query: c.req.query(), body };
}
