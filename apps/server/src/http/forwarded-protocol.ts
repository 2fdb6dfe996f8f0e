import type { Context } from "hono";
import { socketAddressOf } from "../auth/client-address.ts";

/**
 * The protocol the client used: the request URL's, or — when the socket peer is a trusted
 * reverse proxy (`QUARTET_TRUSTED_PROXIES`) — the first `X-Forwarded-Proto` it names. Anyone
 * else's header is ignored, since a client can write whatever it likes into it.
 *
 * @example forwardedProtocol(c, config.trustedProxies) === "https"
 */
export function forwardedProtocol(c: Context, trustedProxies: readonly string[]): "http" | "https" {
  const own = new URL(c.req.url).protocol === "https:" ? "https" : "http";
  const socket = socketAddressOf(c);
  if (!socket || !trustedProxies.includes(socket)) return own;
  const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || forwarded === "http" ? forwarded : own;
}
