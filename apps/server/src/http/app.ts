import { trpcServer } from "@hono/trpc-server";
import { errorMessages, localeOfRequest, wordMessage } from "@quartet/core";
import type { AnyTRPCRouter } from "@trpc/server";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { clientAddressOf } from "../auth/client-address.ts";
import { refuseCrossSiteWrites } from "../auth/cross-site-guard.ts";
import { documentDownloadRoutes } from "../documents/http/download-route.ts";
import type { Host } from "../host/create-host.ts";
import { mailAttachmentRoutes } from "../mail/index.ts";
import { exportRoutes } from "../records/export/routes.ts";
import { importRoutes } from "../records/import/routes.ts";
import { requisiteImageRoutes } from "../requisites/image-routes.ts";
import { telephonyHookRoutes } from "../telephony/hook-routes.ts";
import { telephonyRecordingRoutes } from "../telephony/recording-route.ts";
import type { Authenticator } from "../trpc/authenticate.ts";
import { createRequestContext } from "../trpc/context.ts";
import { mountAdmin } from "./admin-static.ts";
import { limitJsonApis } from "./body-limit.ts";
import { mountHooks } from "./hooks.ts";
import { compressJson } from "./json-compression.ts";
import { httpErrorHandler } from "./on-error.ts";
import { restApi } from "./rest.ts";
import { securityHeaders } from "./security-headers.ts";

/** The server's version, reported by `/healthz`. */
export const serverVersion = "0.1.0";

/**
 * The Hono app: `/healthz`, `/api/auth/*`, `/trpc/*`, `/hooks/<plugin>/*` and the admin app at `/`.
 * Tests call it through `app.request`; `quartet start` serves it on a port.
 */
export function createApp(host: Host, options: { router: AnyTRPCRouter; authenticate?: Authenticator }) {
  const authenticate = options.authenticate ?? host.authenticate;
  const app = new Hono();
  app.onError(httpErrorHandler(host.logger));
  app.use("*", securityHeaders(host.config.trustedProxies));
  limitJsonApis(app, host.config.maxBodyBytes);

  app.get("/healthz", async (c) => {
    await host.control.db.run(sql`SELECT 1`);
    // How many organisations are down (ids only to the administrator: `core.instance.databases`).
    const down = host.orgs.outages().length;
    return c.json({
      status: down > 0 ? "degraded" : "ok",
      organisationsDown: down,
      version: serverVersion,
      plugins: host.registry.plugins.map((p) => ({ id: p.id, function: p.function, name: p.name })),
      bootFailures: host.registry.failures,
    });
  });

  app.on(["GET", "POST"], "/api/auth/*", (c) =>
    host.auth.handler(c.req.raw, clientAddressOf(c, host.config.trustedProxies)),
  );

  app.use("/trpc/*", compressJson());
  app.use("/api/v1/*", compressJson());
  app.use("/trpc/*", refuseCrossSiteWrites(host.config, authenticate));
  app.use(
    "/trpc/*",
    trpcServer({
      router: options.router,
      endpoint: "/trpc",
      createContext: async (opts) =>
        createRequestContext(host, await authenticate(opts.req), localeOfRequest(opts.req.headers)),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          host.logger.error({ err: error.cause ?? error, path }, "tRPC error");
      },
    }),
  );

  app.use("/api/v1/*", refuseCrossSiteWrites(host.config, authenticate));
  app.route("/api/v1", importRoutes(host, authenticate));
  app.route("/api/v1", exportRoutes(host, authenticate));
  app.route("/api/v1", requisiteImageRoutes(host, authenticate));
  app.route("/api/v1", documentDownloadRoutes(host, authenticate));
  app.route("/api/v1", telephonyRecordingRoutes(host, authenticate));
  app.route("/api/v1", mailAttachmentRoutes(host, authenticate));
  app.route("/api/v1", host.notifications.streamRoutes(authenticate));
  app.route("/api/v1", restApi(host, options.router, authenticate));

  app.route("/hooks/telephony", telephonyHookRoutes(host));
  mountHooks(app, host);
  app.all("/hooks/*", (c) =>
    c.json(
      {
        error: {
          code: "NOT_FOUND",
          message: wordMessage(localeOfRequest(c.req.raw.headers), errorMessages.noSuchEndpoint),
          fields: null,
        },
      },
      404,
    ),
  );
  mountAdmin(app, host.config.adminDir);
  return app;
}
