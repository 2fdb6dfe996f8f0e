import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";

/** `core.plugins.list`: every installed plugin with its state here, and the boot failures. */
export function usePlugins() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "plugins"),
    queryFn: () => trpc.core.plugins.list.query(),
    enabled: access.can("core.plugins.read"),
  }));
}

/** After a lifecycle change: the plugin list, the coverage (a leg's plugin) and `core.me` (enabled plugins, nav). */
export function useRefreshAfterLifecycle() {
  const { org } = useApi();
  const queryClient = useQueryClient();
  return async () => {
    await invalidateOrg(queryClient, org.id());
    await queryClient.invalidateQueries({ queryKey: ["me"] });
  };
}
