import { usePluginApi } from "@quartet/ui";
import type { TRPCClient } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { prospectingRouter } from "../server/router.ts";

/** Prospecting's router type (built from ports at run time, so taken from the factory's return type). */
export type ProspectingRouter = ReturnType<typeof prospectingRouter>;

/** Prospecting's outputs, for the screens' types. */
export type ProspectingOutputs = inferRouterOutputs<ProspectingRouter>;

/** Prospecting's procedures as the admin app's client sees them (mounted under `prospecting`). */
export type ProspectingClient = { prospecting: TRPCClient<ProspectingRouter> };

/** The app's tRPC client, viewed through prospecting's router type. */
export function useProspectingApi(): ProspectingClient["prospecting"] {
  return (usePluginApi().trpc as ProspectingClient).prospecting;
}

/** The message of a refused call, as the server worded it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
