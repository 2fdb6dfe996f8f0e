import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { zodFieldErrors } from "@quartet/core/trpc";
import type { z } from "zod";
import type { Host } from "../../host/create-host.ts";
import type { Authenticator } from "../../trpc/authenticate.ts";
import { requireAccess } from "./http-access.ts";

/** What every export route works with: the caller as a service context, the parsed query and the organisation's time zone. */
export type ExportRequest<Q> = {
  ctx: ServiceContext;
  orgId: string;
  query: Q;
  timeZone: string;
};

/**
 * Checks the caller like the list procedure an export mirrors (`requireAccess` with its
 * permission), then reads the query with `schema`: `BAD_INPUT` (400) naming each bad field.
 *
 * @example const { ctx, query } = await exportRequest(host, authenticate, c.req.raw, "core.orders.read", orderExportQuery)
 */
export async function exportRequest<S extends z.ZodType>(
  host: Host,
  authenticate: Authenticator,
  request: Request,
  permission: string,
  schema: S,
): Promise<ExportRequest<z.output<S>>> {
  const { actor, orgId } = await requireAccess(authenticate, request, permission);
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    throw new DomainError("BAD_INPUT", recordMessages.filtersInvalid, {
      fields: zodFieldErrors(parsed.error),
    });
  const org = await host.people.organisation(orgId);
  const ctx = host.serviceContext({
    org: await host.runtime(orgId),
    actor,
    clock: host.clock,
    logger: host.logger,
    settings: undefined,
  });
  return { ctx, orgId, query: parsed.data, timeZone: org.timeZone };
}

/** The name of a download: the list's name in the header language and today's UTC date, e.g. `заказы-2026-01-15.csv`. */
export function exportFileName(name: { en: string; ru: string }, locale: "ru" | "en", now: number): string {
  return `${name[locale]}-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
