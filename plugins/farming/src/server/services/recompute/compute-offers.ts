import type { WriteScope } from "@quartet/core";
import { count, inArray } from "drizzle-orm";
import type { FarmingRules } from "../../../contracts/rules.ts";
import { accounts, offers } from "../../../db/schema.ts";
import { type WhitespaceClient, whitespaceOffers } from "../../../domain/whitespace.ts";
import type { AccountRow, RecomputeTarget } from "./read-facts.ts";

/** Offers kept beyond those shown, so decisions taken before the next recompute do not thin the list. */
const spare = 5;

const asPeer = (a: Pick<AccountRow, "clientId" | "peerGroup" | "basket">): WhitespaceClient => ({
  clientId: a.clientId,
  group: a.peerGroup,
  categories: a.basket,
});

/** The stored baskets of the accounts that count as peers of `rows` (their groups; everyone for a client without one). */
async function storedPeers(scope: WriteScope, rows: readonly AccountRow[]): Promise<WhitespaceClient[]> {
  const fresh = new Set(rows.map((r) => r.clientId));
  const groups = [...new Set(rows.map((r) => r.peerGroup))];
  const columns = { clientId: accounts.clientId, peerGroup: accounts.peerGroup, basket: accounts.basket };
  const named = groups.filter((g): g is string => g !== null);
  const stored = groups.includes(null)
    ? await scope.tx.select(columns).from(accounts)
    : await scope.tx.select(columns).from(accounts).where(inArray(accounts.peerGroup, named));
  return stored.filter((a) => !fresh.has(a.clientId)).map(asPeer);
}

/** How many offers each client already decided on (accepted or dismissed). */
async function decisionCounts(scope: WriteScope, rows: readonly AccountRow[], target: RecomputeTarget) {
  const ids = rows.map((r) => r.clientId);
  const query = scope.tx.select({ clientId: offers.clientId, n: count() }).from(offers);
  const counted =
    target === "all"
      ? await query.groupBy(offers.clientId)
      : await query.where(inArray(offers.clientId, ids)).groupBy(offers.clientId);
  return new Map(counted.map((c) => [c.clientId, c.n]));
}

/**
 * Fills each fresh account's whitespace offers: on a full recompute among every fresh basket, on a
 * recompute of some clients among the stored baskets of their peers (a peer's own offers wait for
 * the nightly recompute). Decisions are not left out here but on reading, so a decided category can
 * be reconsidered; each account keeps enough offers for the company's maximum after its decisions.
 */
export async function computeOffers(
  scope: WriteScope,
  target: RecomputeTarget,
  rows: AccountRow[],
  rule: FarmingRules["whitespace"],
): Promise<void> {
  if (rows.length === 0) return;
  const peers = target === "all" ? [] : await storedPeers(scope, rows);
  const decided = await decisionCounts(scope, rows, target);
  const most = rule.maxOffers + spare + [...decided.values()].reduce((m, n) => Math.max(m, n), 0);
  const found = whitespaceOffers({
    clients: [...rows.map(asPeer), ...peers],
    rule: { ...rule, maxOffers: most },
    dismissed: new Set(),
    only: new Set(rows.map((r) => r.clientId)),
  });
  for (const row of rows) {
    const keep = rule.maxOffers + spare + (decided.get(row.clientId) ?? 0);
    row.offers = (found.get(row.clientId) ?? []).slice(0, keep);
  }
}
