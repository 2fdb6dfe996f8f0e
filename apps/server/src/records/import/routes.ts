import { corePermissions, DomainError, importMessages } from "@quartet/core";
import { Hono } from "hono";
import type { Host } from "../../host/create-host.ts";
import type { Authenticator } from "../../trpc/authenticate.ts";
import { csvResponse } from "../export/csv-response.ts";
import { requireAccess } from "../export/http-access.ts";
import { importErrorColumns, importErrorRows } from "./error-report.ts";
import { maxImportBytes } from "./store-upload.ts";

/**
 * Import files over HTTP (permission `core.clients.import`):
 * `POST /imports/clients?fileName=…` takes the CSV as the raw request body (streamed to disk,
 * at most 512 MB: 413 beyond) and answers `{ data: { importId, headers, mapping, sample, … } }`;
 * `GET /imports/:importId/errors.csv` downloads the row errors, worded in the organisation's language
 * (`?locale=ru|en` asks for another): a report is passed around the organisation, whoever downloads it.
 */
export function importRoutes(
  host: Host,
  authenticate: Authenticator,
  maxBytes: number = maxImportBytes,
): Hono {
  const api = new Hono();
  const permission = corePermissions.clientsImport.id;
  api.post("/imports/clients", async (c) => {
    const { actor, orgId } = await requireAccess(authenticate, c.req.raw, permission);
    if (Number(c.req.header("content-length") ?? 0) > maxBytes)
      throw new DomainError("PAYLOAD_TOO_LARGE", importMessages.fileTooLarge, {
        params: { megabytes: Math.floor(maxBytes / 2 ** 20) },
      });
    if (/^multipart\//i.test(c.req.header("content-type") ?? ""))
      throw new DomainError("BAD_INPUT", importMessages.sendFileItself);
    const body = c.req.raw.body;
    if (!body) throw new DomainError("BAD_INPUT", importMessages.fileEmpty);
    const fileName = (c.req.query("fileName") ?? "clients.csv").slice(0, 255);
    const org = await host.runtime(orgId);
    const created = await host.imports.create({ org, actor }, { body, fileName, maxBytes });
    return c.json({ data: created }, 201);
  });
  api.get("/imports/:importId/errors.csv", async (c) => {
    const { orgId } = await requireAccess(authenticate, c.req.raw, permission);
    const importId = c.req.param("importId");
    const job = await host.imports.get(orgId, importId);
    const asked = c.req.query("locale");
    const locale = asked === "en" || asked === "ru" ? asked : (await host.organisations.get(orgId)).locale;
    const handle = await host.orgs.get(orgId);
    return csvResponse(importErrorRows(handle, job, locale), importErrorColumns, {
      fileName: `${job.fileName.replace(/\.csv$/i, "")}-errors.csv`,
      locale,
    });
  });
  return api;
}
