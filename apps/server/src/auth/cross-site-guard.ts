import { hostMessages, localeOfRequest, wordMessage } from "@quartet/core";
import type { MiddlewareHandler } from "hono";
import type { ServerConfig } from "../config.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins allowed to make cookie-authenticated writes: the public URL's and the trusted ones. */
export function allowedOrigins(config: Pick<ServerConfig, "publicUrl" | "trustedOrigins">): string[] {
  return [new URL(config.publicUrl).origin, ...config.trustedOrigins];
}

/**
 * CSRF protection for cookie-authenticated writes: a non-GET request that carries a Cookie
 * and no Authorization header must come from an allowed `Origin` (or, without one, say
 * `Sec-Fetch-Site: same-origin`); otherwise it is refused with 403 before any handler runs.
 * Requests authenticated by an API key carry no ambient credential and pass.
 *
 * @example app.use("/trpc/*", refuseCrossSiteWrites(config))
 */
export function refuseCrossSiteWrites(
  config: Pick<ServerConfig, "publicUrl" | "trustedOrigins">,
): MiddlewareHandler {
  const origins = new Set(allowedOrigins(config));
  return async (c, next) => {
    const headers = c.req.raw.headers;
    if (safeMethods.has(c.req.method) || !headers.has("cookie") || headers.has("authorization"))
      return next();
    const origin = headers.get("origin");
    const allowed = origin ? origins.has(origin) : headers.get("sec-fetch-site") === "same-origin";
    if (allowed) return next();
    return c.json(
      {
        error: {
          code: "FORBIDDEN",
          message: wordMessage(localeOfRequest(headers), hostMessages.crossSite),
          fields: null,
        },
      },
      403,
    );
  };
}
