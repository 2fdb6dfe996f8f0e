import type { QueryClient } from "@tanstack/solid-query";

/**
 * A query key inside the tab's organisation: switching organisations changes every key, so
 * caches of two organisations never mix.
 *
 * @example useQuery(() => ({ queryKey: orgKey(org.id(), "members"), queryFn: … }))
 */
export function orgKey(orgId: string | null, ...parts: readonly unknown[]): unknown[] {
  return ["org", orgId, ...parts];
}

/** Marks the organisation's queries under `parts` stale so they refetch: `invalidateOrg(client, orgId, "staffing")`. */
export function invalidateOrg(client: QueryClient, orgId: string | null, ...parts: readonly unknown[]) {
  return client.invalidateQueries({ queryKey: orgKey(orgId, ...parts) });
}
