import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../../lib/api-context.tsx";
import { orgKey } from "../../../lib/org-key.ts";

/** The home page's one read (`core.home.get`), shared by the plan, activity, pipeline and overdue cards. */
export function useHome() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "home", "now"),
    queryFn: () => trpc.core.home.get.query(),
  }));
}

/** The home page's query. */
export type HomeQuery = ReturnType<typeof useHome>;
