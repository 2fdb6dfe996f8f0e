import type { FarmingRules } from "../contracts/rules.ts";

/** A client as whitespace sees it: its industry and the categories it bought in the window. */
export type WhitespaceClient = { clientId: string; group: string | null; categories: readonly string[] };

/**
 * A category to offer a client, with the evidence: among its peers (same industry; everyone when
 * the client has none), `peers` buy `basedOn`, which the client buys, and `peersWithBoth` of them
 * buy `categoryId` too.
 */
export type Offer = {
  categoryId: string;
  basedOn: string;
  group: string | null;
  peers: number;
  peersWithBoth: number;
  /** peersWithBoth ÷ peers in the group. */
  support: number;
  /** peersWithBoth ÷ peers. */
  confidence: number;
  /** confidence ÷ the share of the group buying `categoryId`: above 1, buying `basedOn` makes it likelier. */
  lift: number;
};

/** The part of `rules.whitespace` offers follow. */
export type WhitespaceRule = Pick<FarmingRules["whitespace"], "minSupport" | "minConfidence" | "maxOffers">;

type GroupStats = { size: number; buyers: Map<string, number>; both: Map<string, Map<string, number>> };

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const byRank = (a: Offer, b: Offer) =>
  b.confidence - a.confidence || b.lift - a.lift || a.categoryId.localeCompare(b.categoryId);
const byStrength = (a: Offer, b: Offer) =>
  b.confidence - a.confidence ||
  b.lift - a.lift ||
  b.support - a.support ||
  a.basedOn.localeCompare(b.basedOn);

function groupStats(clients: readonly { categories: ReadonlySet<string> }[]): GroupStats {
  const stats: GroupStats = { size: clients.length, buyers: new Map(), both: new Map() };
  for (const { categories } of clients) {
    for (const a of categories) {
      increment(stats.buyers, a);
      const row = stats.both.get(a) ?? new Map<string, number>();
      stats.both.set(a, row);
      for (const b of categories) if (b !== a) increment(row, b);
    }
  }
  return stats;
}

function offersFor(own: ReadonlySet<string>, group: string | null, stats: GroupStats, rule: WhitespaceRule) {
  const others = stats.size - 1;
  const best = new Map<string, Offer>();
  for (const basedOn of own) {
    const peers = (stats.buyers.get(basedOn) ?? 0) - 1;
    for (const [categoryId, peersWithBoth] of stats.both.get(basedOn) ?? []) {
      if (own.has(categoryId) || peersWithBoth < rule.minSupport) continue;
      const confidence = peersWithBoth / peers;
      const lift = confidence / ((stats.buyers.get(categoryId) ?? 0) / others);
      if (confidence < rule.minConfidence || lift <= 1) continue;
      const offer = {
        categoryId,
        basedOn,
        group,
        peers,
        peersWithBoth,
        support: peersWithBoth / others,
        confidence,
        lift,
      };
      const kept = best.get(categoryId);
      if (!kept || byStrength(offer, kept) < 0) best.set(categoryId, offer);
    }
  }
  return [...best.values()];
}

/**
 * Cross-sell offers from what similar clients buy together: for a client buying A and not B, B is
 * offered when at least `minSupport` peers buy both, at least `minConfidence` of A's buyers buy B,
 * and buying A makes B likelier (lift above 1). Peers never include the client itself. Each
 * category keeps its strongest rule; offers run by confidence, then lift, at most `maxOffers`, the
 * dismissed (`"clientId|categoryId"`) left out. Every client gets a list, empty when nothing fits;
 * with `only`, just those clients do (the others count as peers), so one client's offers among
 * its stored peers cost one pass over their baskets.
 */
export function whitespaceOffers(input: {
  clients: readonly WhitespaceClient[];
  rule: WhitespaceRule;
  dismissed: ReadonlySet<string>;
  only?: ReadonlySet<string>;
}): Map<string, Offer[]> {
  const clients = input.clients.map((c) => ({ ...c, categories: new Set(c.categories) }));
  const stats = new Map<string | null, GroupStats>();
  const statsOf = (group: string | null) => {
    let s = stats.get(group);
    if (!s) {
      s = groupStats(group === null ? clients : clients.filter((c) => c.group === group));
      stats.set(group, s);
    }
    return s;
  };
  const result = new Map<string, Offer[]>();
  for (const client of clients) {
    if (input.only && !input.only.has(client.clientId)) continue;
    const offers = offersFor(client.categories, client.group, statsOf(client.group), input.rule)
      .filter((o) => !input.dismissed.has(`${client.clientId}|${o.categoryId}`))
      .sort(byRank)
      .slice(0, input.rule.maxOffers);
    result.set(client.clientId, offers);
  }
  return result;
}

/**
 * Who buys what, for the whitespace screen: a row per client, a cell per category in the order given.
 *
 * @example whitespaceMatrix([{ clientId: "c1", categories: ["cable"] }], ["cable", "lamps"]) // [{ clientId: "c1", cells: [true, false] }]
 */
export function whitespaceMatrix(
  clients: readonly Pick<WhitespaceClient, "clientId" | "categories">[],
  categoryIds: readonly string[],
): { clientId: string; cells: boolean[] }[] {
  return clients.map((c) => {
    const bought = new Set(c.categories);
    return { clientId: c.clientId, cells: categoryIds.map((id) => bought.has(id)) };
  });
}
