import { createContext, type JSX, useContext } from "solid-js";
import type { ActiveOrgStore } from "./active-org.ts";
import type { QuartetClient } from "./trpc.ts";

/** The typed client and the tab's organisation, shared by every page. */
export type Api = { trpc: QuartetClient; org: ActiveOrgStore };

const ApiContext = createContext<Api>();

/** Hands the client and the organisation store down: `<ApiProvider api={api}>…</ApiProvider>`. */
export function ApiProvider(props: { api: Api; children: JSX.Element }): JSX.Element {
  return <ApiContext.Provider value={props.api}>{props.children}</ApiContext.Provider>;
}

/** The nearest client and organisation store: `const { trpc, org } = useApi()`. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi() needs an <ApiProvider> above it");
  return api;
}
