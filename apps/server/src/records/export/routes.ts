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
import { type CsvColumn, csvResponse } from "./csv-response.ts";
import { cursorPages } from "./cursor-pages.ts";
import { exportFileName, exportRequest } from "./export-request.ts";
import { handoffColumns, handoffExportQuery } from "./handoff-export.ts";
import { orderColumns } from "./order-columns.ts";
import { orderConditions, orderExportQuery, orderRows } from "./order-export.ts";
import { taskColumns } from "./task-columns.ts";
import { taskConditions, taskExportQuery, taskExportRows } from "./task-export.ts";

type Rows = AsyncIterable<Record<string, unknown>>;

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
  const send = (list: { ru: string; en: string }, locale: "ru" | "en", rows: Rows, columns: CsvColumn[]) =>
    csvResponse(rows, columns, { fileName: exportFileName(list, locale, host.clock.now()), locale });
  const names = async (orgId: string) =>
    new Map((await host.people.listMembers(orgId)).map((m) => [m.userId, m.name]));

  api.get("/exports/clients.csv", async (c) => {
    const { ctx, query, timeZone } = await open(
      c.req.raw,
      corePermissions.clientsExport.id,
      clientExportQuery,
    );
    const { locale, ...filters } = query;
    const rows = clientRows(ctx.org.db, and(...(await clientConditions(ctx.org.db, ctx.actor, filters))));
    return send({ ru: "клиенты", en: "clients" }, locale, rows, clientColumns(locale, timeZone));
  });

  api.get("/exports/orders.csv", async (c) => {
    const { ctx, query, timeZone } = await open(c.req.raw, corePermissions.ordersRead.id, orderExportQuery);
    const { locale, ...filters } = query;
    const rows = orderRows(ctx, await orderConditions(ctx, filters));
    return send({ ru: "заказы", en: "orders" }, locale, rows, orderColumns(locale, timeZone));
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
    const columns = taskColumns(locale, timeZone, await names(orgId));
    return send({ ru: "задачи", en: "tasks" }, locale, rows, columns);
  });

  api.get("/exports/handoffs.csv", async (c) => {
    const { ctx, orgId, query, timeZone } = await open(
      c.req.raw,
      corePermissions.handoffsUse.id,
      handoffExportQuery,
    );
    const { locale, ...filters } = query;
    const rows = cursorPages((cursor) => listHandoffs({ ctx, input: { ...filters, cursor, limit: 200 } }));
    const columns = handoffColumns(locale, timeZone, await names(orgId));
    return send({ ru: "передачи", en: "handoffs" }, locale, rows, columns);
  });

  api.get("/exports/audit.csv", async (c) => {
    const { orgId, query, timeZone } = await open(c.req.raw, corePermissions.auditRead.id, auditExportQuery);
    const { locale, ...filters } = query;
    const rows = cursorPages((cursor) => host.people.audit(orgId, { ...filters, cursor, limit: 200 }));
    return send({ ru: "журнал-действий", en: "audit-log" }, locale, rows, auditColumns(locale, timeZone));
  });
  return api;
}
