import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";

/**
 * Whether the member calls through the exchange (`core.telephony.dialer`: a PBX connected and an
 * extension of theirs), asked once per organisation and shared by every phone link on screen;
 * refreshed when the telephony settings change. False while unknown or without the permission.
 */
export function useDialer(): () => boolean {
  const { trpc, org } = useApi();
  const access = useAccess();
  const dialer = useQuery(() => ({
    queryKey: orgKey(org.id(), "telephony", "dialer"),
    queryFn: () => trpc.core.telephony.dialer.query(),
    enabled: access.can("core.telephony.call"),
    staleTime: 5 * 60_000,
  }));
  return () => dialer.data?.available === true;
}
