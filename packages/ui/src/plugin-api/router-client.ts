import type { CoreRouter } from "@quartet/server/core-router";
import type { TRPCClient } from "@trpc/client";
import type { AnyTRPCRouter, inferRouterInputs, inferRouterOutputs } from "@trpc/server";

/**
 * The client of a router mounted inside the app router: what `trpc.<key>` of the app's client
 * is at run time — its procedures with `.query()` / `.mutate()`, typed from the router, without
 * the untyped-client handle only a top-level `createTRPCClient` result carries.
 */
export type RouterClient<TRouter extends AnyTRPCRouter> = Omit<TRPCClient<TRouter>, symbol>;

/** Core's procedures (`trpc.core`), typed from the server's `CoreRouter`. */
export type CoreClient = RouterClient<CoreRouter>;

/** What core's procedures take: `CoreInputs["tasks"]["create"]`. */
export type CoreInputs = inferRouterInputs<CoreRouter>;

/** What core's procedures answer: `CoreOutputs["orders"]["get"]`. */
export type CoreOutputs = inferRouterOutputs<CoreRouter>;
