import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../lib/api-context.tsx";
import { orgKey } from "../../lib/org-key.ts";

/** Past reports of the organisation, newest first. */
export function usePastReports() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "diagnostic", "list"),
    queryFn: () => trpc.core.diagnostic.list.query(),
  }));
}

/** One stored report. */
export function useReport(id: () => string) {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "diagnostic", "get", id()),
    queryFn: () => trpc.core.diagnostic.get.query({ id: id() }),
  }));
}

/** Whether the server can send reports to a consultant (the send action is hidden otherwise). */
export function useConsultant() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "diagnostic", "consultant"),
    queryFn: () => trpc.core.diagnostic.consultant.query(),
    staleTime: 300_000,
  }));
}
