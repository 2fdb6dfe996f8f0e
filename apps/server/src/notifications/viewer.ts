import type { Locale, ServiceContext } from "@quartet/core";
import type { CatalogEntry } from "./catalog.ts";
import type { NotificationsDeps } from "./deps.ts";
import { recipientLocale } from "./recipient-locale.ts";

/** Who reads notifications in a procedure: the member, their organisation and the live types there. */
export type Viewer = {
  service: ServiceContext;
  userId: string;
  orgId: string;
  /** Types of core and of the plugins enabled in the organisation. */
  live: CatalogEntry[];
};

/** The viewer of a procedure call: the signed-in member and the types live in their organisation. */
export async function viewerOf(deps: NotificationsDeps, service: ServiceContext): Promise<Viewer> {
  const orgId = service.org.orgId;
  return {
    service,
    userId: service.actor.id,
    orgId,
    live: deps.catalog.enabledIn(await deps.enabledIds(orgId)),
  };
}

/**
 * The language to word the viewer's notifications in: the request's (`x-quartet-locale`, else
 * `Accept-Language`, else English, as every server message); without a request (a server-side
 * caller) the member's saved one, else the organisation's, else Russian.
 */
export async function viewerLocale(deps: NotificationsDeps, viewer: Viewer, named: Locale | undefined) {
  return named ?? recipientLocale(deps, viewer.orgId, viewer.userId);
}
