import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../../lib/api-context.tsx";
import type { OutputOf } from "../../../lib/api-types.ts";
import { orgKey } from "../../../lib/org-key.ts";
import type { QuartetClient } from "../../../lib/trpc.ts";

type Telephony = QuartetClient["core"]["telephony"];
/** The PBX settings as the page reads them: adapters on offer, the connected one (secrets masked), the notification path. */
export type TelephonyView = OutputOf<Telephony["settings"]["get"]>;
/** An extension with its member's name. */
export type ExtensionRow = OutputOf<Telephony["extensions"]["list"]>[number];

/** `core.telephony.settings.get`. */
export function useTelephonySettings() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "telephony", "settings"),
    queryFn: () => trpc.core.telephony.settings.get.query(),
  }));
}

/** `core.telephony.extensions.list`. */
export function useExtensions() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "telephony", "extensions"),
    queryFn: () => trpc.core.telephony.extensions.list.query(),
  }));
}
