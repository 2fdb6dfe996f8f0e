import { useQuery } from "@tanstack/solid-query";
import type { Accessor } from "solid-js";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { lookupBik } from "./bank-fill.ts";

/** The registry's bank for the BIK typed so far: asked once the BIK is complete (one request per BIK, cached). */
export function useBankLookup(bik: Accessor<string>) {
  const { trpc, org } = useApi();
  const access = useAccess();
  const valid = () => lookupBik(bik());
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "registry", "bank", valid()),
    queryFn: () => trpc.core.registry.findBank.query({ bik: valid() ?? "" }),
    enabled: valid() !== null && access.can("core.clients.write"),
    staleTime: 10 * 60_000,
    retry: false,
  }));
}
