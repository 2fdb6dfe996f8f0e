import type { AppRouter } from "@quartet/server/router";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";

/** The typed tRPC client of the server's `AppRouter`. */
export type QuartetClient = TRPCClient<AppRouter>;

/** The header with which a tab names the organisation it works in. */
export const orgHeader = "x-quartet-org";

/**
 * Creates the typed client for the server's tRPC endpoint: batched requests, superjson
 * (Dates stay Dates), the session cookie, and the tab's organisation in `x-quartet-org`.
 *
 * @example const trpc = createQuartetClient({ orgId: () => store.id() }); await trpc.core.me.query();
 */
export function createQuartetClient(
  options: { orgId?: () => string | null; url?: string } = {},
): QuartetClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url ?? "/trpc",
        transformer: superjson,
        headers: () => {
          const orgId = options.orgId?.();
          return orgId ? { [orgHeader]: orgId } : {};
        },
        fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
      }),
    ],
  });
}
