import { corePermissions, DomainError } from "@quartet/core";
import { zodFieldErrors } from "@quartet/core/trpc";
import { and } from "drizzle-orm";
import { Hono } from "hono";
import type { Host } from "../../host/create-host.ts";
import type { Authenticator } from "../../trpc/authenticate.ts";
import { clientConditions } from "../clients/list/list-filters.ts";
import { clientColumns } from "./client-columns.ts";
import { clientExportQuery } from "./client-filter.ts";
import { clientRows } from "./client-rows.ts";
import { csvResponse } from "./csv-response.ts";
import { requireAccess } from "./http-access.ts";

/**
 * CSV downloads under `/api/v1/exports`: `GET /exports/clients.csv?<the filters of core.clients.list>&locale=ru|en`
 * (permission `core.clients.export`), streamed page by page.
 */
export function exportRoutes(host: Host, authenticate: Authenticator): Hono {
  const api = new Hono();
  api.get("/exports/clients.csv", async (c) => {
    const { actor, orgId } = await requireAccess(authenticate, c.req.raw, corePermissions.clientsExport.id);
    const parsed = clientExportQuery.safeParse(c.req.query());
    if (!parsed.success)
      throw new DomainError("BAD_INPUT", "The filters are not valid", {
        fields: zodFieldErrors(parsed.error),
      });
    const org = await host.people.organisation(orgId);
    const runtime = await host.runtime(orgId);
    const { locale: _, ...filters } = parsed.data;
    const rows = clientRows(runtime.db, and(...(await clientConditions(runtime.db, actor, filters))));
    const date = new Date(host.clock.now()).toISOString().slice(0, 10);
    return csvResponse(rows, clientColumns(parsed.data.locale, org.timeZone), {
      fileName: `${parsed.data.locale === "ru" ? "клиенты" : "clients"}-${date}.csv`,
      locale: parsed.data.locale,
    });
  });
  return api;
}
