import { useQueryClient } from "@tanstack/solid-query";
import { useApi } from "./api-context.tsx";
import { invalidateOrg } from "./org-key.ts";

/**
 * Refetches the tab organisation's queries of several areas at once, after a write that touches
 * them: `const refresh = useOrgRefresh(); await refresh("orders", "clients", "timeline")`.
 */
export function useOrgRefresh(): (...areas: string[]) => Promise<void> {
  const { org } = useApi();
  const queryClient = useQueryClient();
  return async (...areas) => {
    await Promise.all(areas.map((area) => invalidateOrg(queryClient, org.id(), area)));
  };
}
