import type { AppRouter } from "@quartet/server/router";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";

/** The typed tRPC client of the server's `AppRouter`. */
export type QuartetClient = TRPCClient<AppRouter>;

/**
 * Creates the typed client for the server's tRPC endpoint: batched requests, superjson
 * (Dates stay Dates), and the session cookie sent along.
 *
 * @example const trpc = createQuartetClient(); await trpc.core.me.query();
 */
export function createQuartetClient(url = "/trpc"): QuartetClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        transformer: superjson,
        fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
      }),
    ],
  });
}
