import { hostMessages, localeOfRequest, wordMessage } from "@quartet/core";
import type { MiddlewareHandler } from "hono";
import type { ServerConfig } from "../config.ts";
import type { Authenticator } from "../trpc/authenticate.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins allowed to make cookie-authenticated writes: the public URL's and the trusted ones. */
export function allowedOrigins(config: Pick<ServerConfig, "publicUrl" | "trustedOrigins">): string[] {
  return [new URL(config.publicUrl).origin, ...config.trustedOrigins];
}

/**
 * CSRF protection for cookie-authenticated writes: a non-GET request that carries a Cookie
 * must come from an allowed `Origin` (or, without one, say `Sec-Fetch-Site: same-origin`);
 * otherwise it is refused with 403 before any handler runs. Only a request that `authenticate`
 * resolves to a valid API key passes regardless (it carries no ambient credential); any other
 * `Authorization` header does not (and the authenticator ignores cookies beside one anyway).
 *
 * @example app.use("/trpc/*", refuseCrossSiteWrites(config, authenticate))
 */
export function refuseCrossSiteWrites(
  config: Pick<ServerConfig, "publicUrl" | "trustedOrigins">,
  authenticate: Authenticator,
): MiddlewareHandler {
  const origins = new Set(allowedOrigins(config));
  const byApiKey = async (request: Request) =>
    request.headers.has("authorization") && (await authenticate(request))?.actor.kind === "api-key";
  return async (c, next) => {
    const headers = c.req.raw.headers;
    if (safeMethods.has(c.req.method) || !headers.has("cookie") || (await byApiKey(c.req.raw))) return next();
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
