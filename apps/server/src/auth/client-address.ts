import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The header through which the HTTP edge tells better-auth the client's address (rate limits, sessions). */
export const clientAddressHeader = "x-quartet-client-address";

/**
 * The address of the socket a request came in on, or null when there is none (`app.request`
 * in tests). Behind a reverse proxy this is the proxy's address.
 */
export function clientAddressOf(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
