import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The header through which the HTTP edge tells better-auth the client's address (rate limits, sessions). */
export const clientAddressHeader = "x-quartet-client-address";

/**
 * The client behind a chain of proxies: the right-most `X-Forwarded-For` hop that is not a
 * trusted proxy. Only a trusted socket peer may speak for the client; anyone else's header is
 * ignored, since a client can write whatever it likes into it.
 */
export function forwardedClient(
  socketAddress: string | null,
  forwardedFor: string | null | undefined,
  trustedProxies: readonly string[],
): string | null {
  if (!socketAddress || !forwardedFor || !trustedProxies.includes(socketAddress)) return socketAddress;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] as string;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return hops[0] ?? socketAddress;
}

/**
 * The client's address: the socket's, or — when the socket is a trusted reverse proxy
 * (`QUARTET_TRUSTED_PROXIES`) — the client its `X-Forwarded-For` names. Null when there is no
 * socket (`app.request` in tests).
 */
export function clientAddressOf(c: Context, trustedProxies: readonly string[] = []): string | null {
  return forwardedClient(socketAddressOf(c), c.req.header("x-forwarded-for"), trustedProxies);
}

/** The address of the socket's peer (the client or a proxy); null when there is no socket (`app.request`). */
export function socketAddressOf(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
