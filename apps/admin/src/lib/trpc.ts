import type { AppRouter } from "@quartet/server/router";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";

/** The typed tRPC client of the server's `AppRouter`. */
export type QuartetClient = TRPCClient<AppRouter>;

/** The header with which a tab names the organisation it works in. */
export const orgHeader = "x-quartet-org";

/** The header with which a tab names the language of its screen; the server words its messages in it. */
export const localeHeader = "x-quartet-locale";

/**
 * Creates the typed client for the server's tRPC endpoint: batched requests, superjson
 * (Dates stay Dates), the session cookie, the tab's organisation in `x-quartet-org` and its
 * language in `x-quartet-locale`.
 *
 * @example const trpc = createQuartetClient({ orgId: () => store.id(), locale: i18n.locale }); await trpc.core.me.query();
 */
export function createQuartetClient(
  options: { orgId?: () => string | null; locale?: () => string; url?: string } = {},
): QuartetClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url ?? "/trpc",
        transformer: superjson,
        headers: () => {
          const orgId = options.orgId?.();
          const locale = options.locale?.();
          return { ...(orgId ? { [orgHeader]: orgId } : {}), ...(locale ? { [localeHeader]: locale } : {}) };
        },
        fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
      }),
    ],
  });
}
