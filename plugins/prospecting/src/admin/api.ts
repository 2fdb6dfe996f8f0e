import {
  type RouterClient,
  refusalText,
  failureOf as serverFailure,
  usePluginApi,
  usePluginHost,
} from "@quartet/ui";
import type { inferRouterOutputs } from "@trpc/server";
import type { prospectingRouter } from "../server/router.ts";
import { i18n } from "./i18n/index.ts";

export { useCoreApi } from "@quartet/ui";

/** Prospecting's router type (built from ports at run time, so taken from the factory's return type). */
export type ProspectingRouter = ReturnType<typeof prospectingRouter>;

/** Prospecting's outputs, for the screens' types. */
export type ProspectingOutputs = inferRouterOutputs<ProspectingRouter>;

/** Prospecting's own procedures, typed from its router. */
export function useProspectingApi(): RouterClient<ProspectingRouter> {
  return usePluginApi<ProspectingRouter>();
}

/** Whether the viewer holds a permission: buttons that would be refused are not shown. */
export function useCan(): (permission: string) => boolean {
  const host = usePluginHost();
  return (permission) => host.can(permission);
}

/** A refused call as the screens use it: the server's message and its messages per field. */
export type Failure = { message: string; fields: Record<string, string> };

/** Reads a tRPC client error (`error.data.fields`) into a message and field messages. */
export function failureOf(error: unknown): Failure {
  return { message: errorText(error), fields: serverFailure(error).fields };
}

/**
 * The message of a refused call, as the server worded it in the viewer's language; for an input
 * check, its first field message instead of the summary of field paths.
 */
export function errorText(error: unknown): string {
  return refusalText(serverFailure(error)) ?? i18n.t("common.offline");
}
