import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../../lib/api-context.tsx";
import type { OutputOf } from "../../../lib/api-types.ts";
import { orgKey } from "../../../lib/org-key.ts";
import type { QuartetClient } from "../../../lib/trpc.ts";

type Webhooks = QuartetClient["core"]["webhooks"];
/** An endpoint as the list shows it (never its secret). */
export type Endpoint = OutputOf<Webhooks["list"]>[number];
/** An event an endpoint may subscribe to, named in the viewer's language. */
export type EventType = OutputOf<Webhooks["eventTypes"]>[number];
/** One line of an endpoint's delivery log. */
export type Delivery = OutputOf<Webhooks["deliveries"]>[number];

/** `core.webhooks.list`. */
export function useEndpoints() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "webhooks", "list"),
    queryFn: () => trpc.core.webhooks.list.query(),
  }));
}

/** `core.webhooks.eventTypes`: core's events and the enabled plugins'. */
export function useEventTypes() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "webhooks", "eventTypes"),
    queryFn: () => trpc.core.webhooks.eventTypes.query(),
  }));
}

/** `core.webhooks.deliveries` of one endpoint, the newest first. */
export function useDeliveries(endpointId: () => string | null) {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "webhooks", "deliveries", endpointId()),
    queryFn: () => trpc.core.webhooks.deliveries.query({ endpointId: endpointId() ?? "" }),
    enabled: endpointId() !== null,
  }));
}
