import { DomainError, errorMessages, inputMessages, localeOfRequest, wordMessage } from "@quartet/core";
import { createCallerFactory, formatError } from "@quartet/core/trpc";
import { type AnyTRPCRouter, getTRPCErrorFromUnknown, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { Hono } from "hono";
import type { Host } from "../host/create-host.ts";
import type { Authenticator } from "../trpc/authenticate.ts";
import { createRequestContext } from "../trpc/context.ts";
import { procedureTable } from "../trpc/procedure-table.ts";
import { openApiDocument } from "./openapi.ts";

/**
 * REST for integrators: every permission-checked procedure at `/api/v1/<path>` — GET for
 * queries (input as `?input=<json>`), POST for mutations (JSON body) — authenticated by an
 * API key (`Authorization: Bearer qk_…`) or a session. Same checks, same errors as tRPC.
 */
export function restApi(host: Host, router: AnyTRPCRouter, authenticate: Authenticator): Hono {
  const api = new Hono();
  const entries = new Map(
    procedureTable(router)
      .filter((e) => e.meta?.access === "permission")
      .map((e) => [e.path, e]),
  );
  const createCaller = createCallerFactory(router);

  api.get("/openapi.json", (c) => c.json(openApiDocument([...entries.values()], host.config.publicUrl)));
  api.on(["GET", "POST"], "/:path", async (c) => {
    const locale = localeOfRequest(c.req.raw.headers);
    const entry = entries.get(c.req.param("path"));
    const wanted = c.req.method === "GET" ? "query" : "mutation";
    if (!entry || entry.type !== wanted) {
      return c.json(
        {
          error: {
            code: "NOT_FOUND",
            message: wordMessage(locale, errorMessages.noEndpoint, {
              method: c.req.method,
              path: c.req.path,
            }),
            fields: null,
          },
        },
        404,
      );
    }
    try {
      // Who asks is settled before the body is read: an anonymous request is refused unread.
      const identity = await authenticate(c.req.raw);
      if (!identity)
        throw new TRPCError({
          code: "UNAUTHORIZED",
          cause: new DomainError("UNAUTHORIZED", errorMessages.signInFirst),
        });
      let input: unknown;
      try {
        const raw = c.req.method === "GET" ? c.req.query("input") : await c.req.text();
        input = raw ? JSON.parse(raw) : undefined;
      } catch {
        return c.json(
          { error: { code: "BAD_INPUT", message: wordMessage(locale, inputMessages.notJson), fields: null } },
          400,
        );
      }
      const ctx = await createRequestContext(host, identity, locale);
      const caller = createCaller(ctx) as unknown as Record<string, unknown>;
      const fn = entry.path
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
      const data = await (fn as (input: unknown) => Promise<unknown>)(input);
      return c.json({ data: data ?? null });
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      const formatted = formatError(error, locale);
      const status = getHTTPStatusCodeFromError(error) as 400;
      if (status >= 500) host.logger.error({ err: error.cause ?? error, path: entry.path }, "REST error");
      const { domainCode, ...data } = formatted.data;
      return c.json(
        { error: { code: domainCode ?? error.code, message: formatted.message, ...data } },
        status,
      );
    }
  });
  return api;
}
