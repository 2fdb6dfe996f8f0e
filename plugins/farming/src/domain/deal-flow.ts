import {
  type CurrencyCode,
  DomainError,
  type Money,
  money,
  msg,
  type OrderFact,
  percentOf,
  sum,
} from "@quartet/core";
import { m } from "../contracts/messages.ts";

/** Where an expansion deal stands: open in a stage, won (a matching order was paid), or lost. */
export type DealStatus = "open" | "won" | "lost";

/** Where a deal is asked to go: another stage, won, lost, or back to work (reopen). */
export type DealTarget = "stage" | "won" | "lost" | "open";

/** A stage of the company's expansion deals (`rules.stages`). */
export type DealStage = { key: string; name: { ru: string; en: string }; probability: number };

/**
 * True when a deal in `status` may go to `target`: an open deal changes stage, is won or lost; a
 * lost one reopens; a won one stays won (the money is in).
 *
 * @example canMove("lost", "open") // true
 */
export function canMove(status: DealStatus, target: DealTarget): boolean {
  if (status === "open") return target !== "open";
  return status === "lost" && target === "open";
}

/** Throws `CONFLICT` saying why unless `canMove(status, target)`; also guards edits and invoices (`"stage"`). */
export function assertCanMove(status: DealStatus, target: DealTarget): void {
  if (canMove(status, target)) return;
  if (status === "won") throw new DomainError("CONFLICT", m.dealWon);
  if (status === "lost") throw new DomainError("CONFLICT", m.dealLost);
  throw new DomainError("CONFLICT", m.dealOpen);
}

/** The stage with `key`, or the first stage when the company has since removed it (the deal still shows). */
export function stageOf(stages: readonly DealStage[], key: string): DealStage {
  const found = stages.find((s) => s.key === key) ?? stages[0];
  if (!found) throw new DomainError("INTERNAL", m.noStages);
  return found;
}

/** The stage with `key`, or `BAD_INPUT` naming `stageKey` and listing the company's stages. */
export function requireStage(stages: readonly DealStage[], key: string): DealStage {
  const found = stages.find((s) => s.key === key);
  if (found) return found;
  const keys = stages.map((s) => s.key).join(", ");
  throw new DomainError("BAD_INPUT", m.unknownStage, {
    params: { stage: key, stages: keys },
    fields: { stageKey: msg(m.chooseStageOf, { stages: keys }) },
  });
}

/**
 * What a deal is worth weighted by its stage's chance, to the kopeck.
 *
 * @example weighted(money(100_000, "RUB"), 30) // 300,00 ₽
 */
export function weighted(amount: Money, probability: number): Money {
  return percentOf(amount, probability);
}

/** A deal as sums see it: its amount and its stage's probability. */
export type SummedDeal = { amountMinor: number; currency: string; probability: number };

/** How many deals, what they are worth and worth weighted, in one currency. */
export type DealSums = {
  count: number;
  sum: Money;
  weighted: Money;
  /** Deals counted but left out of the sums: they are in another currency than the organisation's. */
  otherCurrency: number;
};

/**
 * Count, sum and weighted sum (each deal weighted, then added) in `currency`; deals in another
 * currency (opened before the organisation changed its currency) are counted apart, never mixed in.
 */
export function dealSums(deals: readonly SummedDeal[], currency: CurrencyCode): DealSums {
  const mine = deals
    .filter((d) => d.currency === currency)
    .map((d) => ({ amount: money(d.amountMinor, currency), probability: d.probability }));
  return {
    count: deals.length,
    sum: sum(
      mine.map((d) => d.amount),
      currency,
    ),
    weighted: sum(
      mine.map((d) => weighted(d.amount, d.probability)),
      currency,
    ),
    otherCurrency: deals.length - mine.length,
  };
}

/** `categoryId` and every category under it, from the catalog's flat list with parents. */
export function categoryFamily(
  categories: readonly { id: string; parentId: string | null }[],
  categoryId: string,
): Set<string> {
  const family = new Set([categoryId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of categories) {
      if (c.parentId && family.has(c.parentId) && !family.has(c.id)) {
        family.add(c.id);
        grew = true;
      }
    }
  }
  return family;
}

/** The part of a deal an order is matched against; `createdOn` is its creation date in the organisation's zone. */
export type MatchingDeal = { id: string; clientId: string; categoryId: string | null; createdOn: string };

/** The part of core's order fact a match reads. */
export type MatchedOrder = Pick<OrderFact, "sourceRef" | "clientId" | "orderedOn" | "categories">;

/**
 * True when `order` closes `deal`: it was issued from the deal (`sourceRef` = deal id), or it is
 * the deal's client's, ordered on or after the day the deal was opened, with a line in the deal's
 * category (`family`: the category and those under it).
 */
export function matchesOrder(
  deal: MatchingDeal,
  order: MatchedOrder,
  family: ReadonlySet<string> = new Set(deal.categoryId ? [deal.categoryId] : []),
): boolean {
  if (order.sourceRef === deal.id) return true;
  if (!deal.categoryId || order.clientId !== deal.clientId || order.orderedOn < deal.createdOn) return false;
  return order.categories.some((c) => c.categoryId !== null && family.has(c.categoryId));
}

/** True for an order paid in full (or more): what wins an expansion deal. */
export function isFullyPaid(status: OrderFact["paymentStatus"]): boolean {
  return status === "paid" || status === "overpaid";
}
