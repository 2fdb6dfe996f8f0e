import { useQuery } from "@tanstack/solid-query";
import type { Accessor } from "solid-js";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { lookupInn } from "./inn.ts";

/**
 * The registry's entries for the INN typed so far: asked once the INN is complete and its check
 * digits match (one request per INN, cached), only for those who may create or edit clients.
 */
export function usePartyLookup(inn: Accessor<string>) {
  const { trpc, org } = useApi();
  const access = useAccess();
  const valid = () => lookupInn(inn());
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "registry", "party", valid()),
    queryFn: () => trpc.core.registry.findParty.query({ inn: valid() ?? "" }),
    enabled: valid() !== null && access.can("core.clients.write"),
    staleTime: 10 * 60_000,
    retry: false,
  }));
}
