import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import type { CustomFieldDef } from "./custom-field-values.ts";

/** The organisation's custom client fields (`core.clients.fields.list`), empty until they load. */
export function useClientFields(): () => CustomFieldDef[] {
  const { trpc, org } = useApi();
  const access = useAccess();
  const fields = useQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "fields"),
    queryFn: () => trpc.core.clients.fields.list.query(),
    enabled: access.can("core.clients.read"),
    staleTime: 60_000,
  }));
  return () => fields.data ?? [];
}
