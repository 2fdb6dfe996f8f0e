import { DomainError, errorMessages, mailMessages as m } from "@quartet/core";
import { letterAttachments } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import type { Host } from "../host/create-host.ts";
import { orgHeader } from "../people/index.ts";
import type { Authenticator } from "../trpc/authenticate.ts";
import { readableLetter } from "./letter-access.ts";

/**
 * `GET /mail/attachments/<id>?org=<orgId>` (under `/api/v1`): downloads a letter's attachment for
 * a member who may read the letter (its mailbox's roles, its client within reach). Anything else —
 * another organisation, a letter out of reach, an attachment whose bytes were not kept — is 404;
 * no sign-in is 401. Served as a download, never rendered on the app's origin.
 */
export function mailAttachmentRoutes(host: Host, authenticate: Authenticator): Hono {
  return new Hono().get("/mail/attachments/:id", async (c) => {
    const org = c.req.query("org");
    const headers = new Headers(c.req.raw.headers);
    if (org) headers.set(orgHeader, org);
    const identity = await authenticate(new Request(c.req.raw.url, { headers }));
    if (!identity) throw new DomainError("UNAUTHORIZED", errorMessages.signInFirst);
    const missing = () => new DomainError("NOT_FOUND", m.noSuchAttachment);
    if (!identity.orgId || (org !== undefined && org !== identity.orgId)) throw missing();
    const runtime = await host.runtime(identity.orgId);
    const [file] = await runtime.db
      .select()
      .from(letterAttachments)
      .where(eq(letterAttachments.id, c.req.param("id")));
    if (!file?.content) throw missing();
    const ctx = host.serviceContext({
      org: runtime,
      actor: identity.actor,
      clock: host.clock,
      logger: host.logger,
      settings: undefined,
    });
    await readableLetter(ctx, file.letterId).catch(() => Promise.reject(missing()));
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": "application/octet-stream",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  });
}
