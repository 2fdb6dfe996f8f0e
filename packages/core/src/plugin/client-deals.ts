import type { ServiceContext } from "../context.ts";
import type { LocalizedText } from "../i18n.ts";
import { ManifestError } from "./graph.ts";

/**
 * One open deal of a client as another screen shows it (the incoming-call popup): its title, its
 * sum in minor units, the stage it stands in worded in both languages, and its path in the admin app.
 *
 * @example { id: "deal_…", title: "Поставка", amountMinor: 1_500_000, currency: "RUB", stage: { en: "Proposal", ru: "КП" }, href: "/deals/deal_…" }
 */
export type ClientDeal = {
  id: string;
  title: string;
  amountMinor: number;
  currency: string;
  stage: LocalizedText;
  href: string;
};

/**
 * A plugin's reader of one client's open deals, declared as `clientDeals` in its manifest and read
 * from its own tables with the member who asks as `ctx.actor` (the host has already checked that
 * they see the client). Core asks every enabled plugin's reader at once; one that throws is left out.
 *
 * @example clientDeals: async (ctx, { clientId }) => openDealsOf(ctx.org.db, clientId)
 */
export type ClientDealsReader<S = unknown> = (
  ctx: ServiceContext<S>,
  input: { clientId: string },
) => Promise<ClientDeal[]>;

/** Boot check of a manifest's `clientDeals` member: a function when present. */
export function validateClientDeals(plugin: { id: string; clientDeals?: unknown }): void {
  if (plugin.clientDeals !== undefined && typeof plugin.clientDeals !== "function") {
    throw new ManifestError(`Plugin "${plugin.id}" declares clientDeals that is not a function`, [plugin.id]);
  }
}

/**
 * The open deals several plugins gave for one client, as one list: a plugin that failed (null) is
 * left out, the biggest sums first (ties by title), at most `limit`.
 */
export function mergeClientDeals(
  answers: readonly (readonly ClientDeal[] | null)[],
  limit = 5,
): ClientDeal[] {
  return answers
    .flatMap((deals) => deals ?? [])
    .sort((a, b) => b.amountMinor - a.amountMinor || a.title.localeCompare(b.title))
    .slice(0, limit);
}
