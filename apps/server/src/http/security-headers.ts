import type { MiddlewareHandler } from "hono";
import { forwardedProtocol } from "./forwarded-protocol.ts";

/**
 * The admin app's Content-Security-Policy. Scripts only from the server itself (no inline script,
 * no `eval`); styles also inline, since Solid's templates and components set `style` attributes
 * (and a printable page the app opens as a `blob:` address inherits this policy); images also from
 * `data:` and `blob:` addresses the app makes itself; frames only of the server (the PDF preview
 * of a document); no plugins, no `<base>` tricks, forms post home, and nobody may frame the app.
 */
export const appPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Paths the app itself shows in a frame (the PDF preview of a document): framable by the same origin only. */
export const framablePrefixes = ["/api/v1/documents/"];

/** HSTS for a year; subdomains are left alone (they may be other people's sites). */
export const hstsValue = "max-age=31536000";

/**
 * The security headers of a response to `path`: `nosniff` and `Referrer-Policy: no-referrer`
 * everywhere (reset and invitation links carry tokens), HSTS over https, and the app's policy with
 * framing refused — except on framable paths, which only the same origin may frame.
 */
export function securityHeadersOf(path: string, https: boolean): Record<string, string> {
  const framable = framablePrefixes.some((prefix) => path.startsWith(prefix));
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "content-security-policy": framable ? "frame-ancestors 'self'" : appPolicy,
    "x-frame-options": framable ? "SAMEORIGIN" : "DENY",
    ...(https && { "strict-transport-security": hstsValue }),
  };
}

/**
 * Adds `securityHeadersOf` to every response; a policy or frame option a handler set itself is
 * kept. The request counts as https by its own URL or, from a trusted proxy
 * (`QUARTET_TRUSTED_PROXIES`), by `X-Forwarded-Proto`.
 *
 * @example app.use("*", securityHeaders(config.trustedProxies))
 */
export function securityHeaders(trustedProxies: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = securityHeadersOf(c.req.path, forwardedProtocol(c, trustedProxies) === "https");
    // A redirect made by `Response.redirect` has immutable headers: answer a copy.
    if (!canSetHeaders(c.res)) c.res = new Response(c.res.body, c.res);
    for (const [name, value] of Object.entries(headers)) {
      const own = name === "content-security-policy" || name === "x-frame-options";
      if (!(own && c.res.headers.has(name))) c.res.headers.set(name, value);
    }
  };
}

function canSetHeaders(response: Response): boolean {
  try {
    response.headers.set("x-content-type-options", "nosniff");
    return true;
  } catch {
    return false;
  }
}
