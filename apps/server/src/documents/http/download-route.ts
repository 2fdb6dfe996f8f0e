import { can, DomainError, errorMessages, documentMessages as m } from "@quartet/core";
import { Hono } from "hono";
import type { Host } from "../../host/create-host.ts";
import { orgHeader } from "../../people/index.ts";
import { visibleClients } from "../../search/visible-clients.ts";
import type { Authenticator } from "../../trpc/authenticate.ts";
import { documentsDepsOf } from "../deps.ts";
import { currentClients } from "../store/current-clients.ts";
import { loadIssuedDocument } from "../store/load-document.ts";
import { contentDisposition } from "./content-disposition.ts";

/**
 * `GET /documents/<id>.pdf?org=<orgId>[&download=1]` (mounted under `/api/v1`): the stored PDF of
 * an issued version, shown in the browser (`inline`) or saved (`attachment`) under its worded file
 * name, never cached. A session (the `org` parameter names the organisation, since a frame cannot
 * send a header) or an API key of that organisation. Whatever the member may not read — another
 * organisation's id, a client outside their reach, a kind without its read permission — is 404,
 * so a guessed id confirms nothing; no sign-in is 401.
 */
export function documentDownloadRoutes(host: Host, authenticate: Authenticator): Hono {
  return new Hono().get("/documents/:file", async (c) => {
    const org = c.req.query("org");
    const headers = new Headers(c.req.raw.headers);
    if (org) headers.set(orgHeader, org);
    const identity = await authenticate(new Request(c.req.raw.url, { headers }));
    if (!identity) throw new DomainError("UNAUTHORIZED", errorMessages.signInFirst);
    const missing = () => new DomainError("NOT_FOUND", m.noSuchDocument);
    const file = c.req.param("file");
    if (!identity.orgId || (org !== undefined && org !== identity.orgId) || !file.endsWith(".pdf")) {
      throw missing();
    }
    const runtime = await host.runtime(identity.orgId);
    const found = await loadIssuedDocument(runtime.db, file.slice(0, -".pdf".length));
    const permission = found && documentsDepsOf(host).sources.get(found.row.type)?.source.readPermission;
    if (!found || !permission || !can(identity.actor, permission)) throw missing();
    const client = (await currentClients(runtime.db, [found.row.clientId])).get(found.row.clientId);
    if (!client || !(await visibleClients(runtime.db, identity.actor, [client.id])).has(client.id)) {
      throw missing();
    }
    const download = c.req.query("download") === "1";
    return c.body(found.pdf.slice().buffer, 200, {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition(download ? "attachment" : "inline", found.row.fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
  });
}
