import { can, corePermissions, DomainError, errorMessages, telephonyMessages as m } from "@quartet/core";
import { callEvents } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import type { Host } from "../host/create-host.ts";
import { orgHeader } from "../people/index.ts";
import { visibleClients } from "../search/visible-clients.ts";
import type { Authenticator } from "../trpc/authenticate.ts";
import { pbxConnection } from "./connection.ts";
import { providerFailure } from "./start-call.ts";
import { streamRecording } from "./stream-recording.ts";

/**
 * `GET /telephony/recordings/<activityId>?org=<orgId>` (under `/api/v1`): plays a call's
 * recording, streamed from a fresh link of the provider's (recordings stay with the provider;
 * streaming keeps the page's media on its own origin, as its Content-Security-Policy asks, and the
 * provider's link out of the browser). `Range` is passed on, so the player can seek. Only a
 * member who may see the client gets it; anything else — another organisation, a client out of
 * reach, a call without a recording — is 404; no sign-in is 401.
 */
export function telephonyRecordingRoutes(host: Host, authenticate: Authenticator): Hono {
  return new Hono().get("/telephony/recordings/:activityId", async (c) => {
    const org = c.req.query("org");
    const headers = new Headers(c.req.raw.headers);
    if (org) headers.set(orgHeader, org);
    const identity = await authenticate(new Request(c.req.raw.url, { headers }));
    if (!identity) throw new DomainError("UNAUTHORIZED", errorMessages.signInFirst);
    const missing = () => new DomainError("NOT_FOUND", m.noRecording);
    if (!identity.orgId || (org !== undefined && org !== identity.orgId)) throw missing();
    if (!can(identity.actor, corePermissions.clientsRead.id)) throw missing();
    const runtime = await host.runtime(identity.orgId);
    const [call] = await runtime.db
      .select()
      .from(callEvents)
      .where(and(eq(callEvents.activityId, c.req.param("activityId")), eq(callEvents.kind, "ended")));
    if (!call?.clientId || !(call.recordingId || call.recordingUrl)) throw missing();
    if (!(await visibleClients(runtime.db, identity.actor, [call.clientId])).has(call.clientId))
      throw missing();
    let url = call.recordingUrl;
    if (!url) {
      const pbx = await pbxConnection(runtime.db);
      if (!pbx?.adapter.recordingUrl || pbx.adapter.id !== call.adapter || !call.recordingId) throw missing();
      try {
        url = await pbx.adapter.recordingUrl(pbx.settings, {
          providerCallId: call.providerCallId,
          recordingId: call.recordingId,
        });
      } catch (error) {
        throw providerFailure(error);
      }
    }
    return streamRecording(url, c.req.header("range"));
  });
}
