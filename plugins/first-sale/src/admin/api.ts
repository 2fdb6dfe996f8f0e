import { usePluginApi } from "@quartet/ui";
import type { TRPCClient } from "@trpc/client";
import type { firstSaleRouter } from "../server/router.ts";

/** First sale's procedures as the admin app's client sees them (mounted under `firstSale`). */
export type FirstSaleClient = { firstSale: TRPCClient<typeof firstSaleRouter> };

/** The app's tRPC client, viewed through first sale's router type. */
export function useFirstSaleApi(): FirstSaleClient["firstSale"] {
  return (usePluginApi().trpc as FirstSaleClient).firstSale;
}

/** The message of a refused call, as the server worded it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The one core procedure first sale's screens call: the client list, to find a deal's client. */
export type CoreClientsView = {
  list: {
    query: (input: { search?: string; limit?: number }) => Promise<{ items: { id: string; name: string }[] }>;
  };
};

/** Core's client list through the app's client (typed by hand: core's router type lives in the server app). */
export function useCoreClients(): CoreClientsView {
  return (usePluginApi().trpc as { core: { clients: CoreClientsView } }).core.clients;
}
