import { corePermissions } from "@quartet/core";
import { and } from "drizzle-orm";
import { Hono } from "hono";
import type { Host } from "../../host/create-host.ts";
import type { Authenticator } from "../../trpc/authenticate.ts";
import { clientConditions } from "../clients/list/list-filters.ts";
import { listHandoffs } from "../handoffs/list-handoffs.ts";
import { auditColumns, auditExportQuery } from "./audit-export.ts";
import { clientColumns } from "./client-columns.ts";
import { clientExportQuery } from "./client-filter.ts";
import { clientRows } from "./client-rows.ts";
import { csvResponse } from "./csv-response.ts";
import { cursorPages } from "./cursor-pages.ts";
import { exportFileName, exportRequest } from "./export-request.ts";
import { handoffColumns, handoffExportQuery } from "./handoff-export.ts";
import { orderColumns } from "./order-columns.ts";
import { orderConditions, orderExportQuery, orderRows } from "./order-export.ts";
import { taskColumns } from "./task-columns.ts";
import { taskConditions, taskExportQuery, taskExportRows } from "./task-export.ts";

/**
 * CSV downloads under `/api/v1/exports`, each with the filters, permission and record scope of
 * the list it mirrors, streamed page by page, headers in `locale=ru|en`:
 * `clients.csv` (`core.clients.export`), `orders.csv` (`core.orders.read`), `tasks.csv`
 * (`core.tasks.use`), `handoffs.csv` (`core.handoffs.use`), `audit.csv` (`core.audit.read`).
 */
export function exportRoutes(host: Host, authenticate: Authenticator): Hono {
  const api = new Hono();
  const open = <S extends Parameters<typeof exportRequest>[4]>(
    request: Request,
    permission: string,
    schema: S,
  ) => exportRequest(host, authenticate, request, permission, schema);
  const memberNames = async (orgId: string) =>
    new Map((await host.people.listMembers(orgId)).map((m) => [m.userId, m.name]));

  api.get("/exports/clients.csv", async (c) => {
    const { ctx, query, timeZone } = await open(
      c.req.raw,
      corePermissions.clientsExport.id,
      clientExportQuery,
    );
    const { locale, ...filters } = query;
    const rows = clientRows(ctx.org.db, and(...(await clientConditions(ctx.org.db, ctx.actor, filters))));
    const fileName = exportFileName({ ru: "клиенты", en: "clients" }, locale, host.clock.now());
    return csvResponse(rows, clientColumns(locale, timeZone), { fileName, locale });
  });

  api.get("/exports/orders.csv", async (c) => {
    const { ctx, query, timeZone } = await open(c.req.raw, corePermissions.ordersRead.id, orderExportQuery);
    const { locale, ...filters } = query;
    const rows = orderRows(ctx, await orderConditions(ctx, filters));
    const fileName = exportFileName({ ru: "заказы", en: "orders" }, locale, host.clock.now());
    return csvResponse(rows, orderColumns(locale, timeZone), { fileName, locale });
  });

  api.get("/exports/tasks.csv", async (c) => {
    const { ctx, orgId, query, timeZone } = await open(
      c.req.raw,
      corePermissions.tasksUse.id,
      taskExportQuery,
    );
    const { locale, ...filters } = query;
    const where = await taskConditions(ctx, filters);
    const rows = taskExportRows(ctx, where, { todayOnly: filters.list === "today", timeZone });
    const fileName = exportFileName({ ru: "задачи", en: "tasks" }, locale, host.clock.now());
    return csvResponse(rows, taskColumns(locale, timeZone, await memberNames(orgId)), { fileName, locale });
  });

  api.get("/exports/handoffs.csv", async (c) => {
    const { ctx, orgId, query, timeZone } = await open(
      c.req.raw,
      corePermissions.handoffsUse.id,
      handoffExportQuery,
    );
    const { locale, ...filters } = query;
    const rows = cursorPages((cursor) => listHandoffs({ ctx, input: { ...filters, cursor, limit: 200 } }));
    const fileName = exportFileName({ ru: "передачи", en: "handoffs" }, locale, host.clock.now());
    return csvResponse(rows, handoffColumns(locale, timeZone, await memberNames(orgId)), {
      fileName,
      locale,
    });
  });

  api.get("/exports/audit.csv", async (c) => {
    const { orgId, query, timeZone } = await open(c.req.raw, corePermissions.auditRead.id, auditExportQuery);
    const { locale, ...filters } = query;
    const rows = cursorPages((cursor) => host.people.audit(orgId, { ...filters, cursor, limit: 200 }));
    const fileName = exportFileName({ ru: "журнал-действий", en: "audit-log" }, locale, host.clock.now());
    return csvResponse(rows, auditColumns(locale, timeZone), { fileName, locale });
  });
  return api;
}
