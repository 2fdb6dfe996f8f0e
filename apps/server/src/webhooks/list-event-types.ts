import type { Locale } from "@quartet/core";
import type { WebhookServiceDeps } from "./deps.ts";
import { eventTypeLabel } from "./event-types.ts";

/** One event an endpoint may get, named in the viewer's language and grouped by who emits it. */
export type EventTypeView = { key: string; type: string; group: string; name: string };

/** The events this organisation can subscribe to: core's and those of its enabled plugins. */
export async function listEventTypes(
  deps: WebhookServiceDeps,
  orgId: string,
  locale: Locale,
): Promise<EventTypeView[]> {
  return deps.catalog
    .available(await deps.enabledIds(orgId))
    .map((type) => ({ key: type.key, type: type.event.name, ...eventTypeLabel(type, locale) }));
}
