import { i18n } from "../i18n/index.ts";

/** The evidence of an offer, as the server gives it with the categories' names. */
export type OfferEvidence = {
  group: string | null;
  peers: number;
  peersWithBoth: number;
  lift: number;
  categoryName: string;
  basedOnName: string;
};

/**
 * Why a category is offered, in words: how many of the client's peers who buy what it buys also
 * buy the category — «4 из 5 клиентов отрасли «Строительство», покупающих «Кабель», покупают и «Светильники»».
 */
export function offerEvidence(offer: OfferEvidence): string {
  const values = {
    with: i18n.formatNumber(offer.peersWithBoth),
    peers: i18n.t("whitespace.peersOf", { count: offer.peers }),
    basedOn: offer.basedOnName,
    category: offer.categoryName,
  };
  return offer.group
    ? i18n.t("whitespace.evidence", { ...values, group: offer.group })
    : i18n.t("whitespace.evidenceAll", values);
}

/** How much likelier peers are to buy the category than clients overall: «в 1,5 раза чаще, чем клиенты в целом». */
export function offerLift(offer: Pick<OfferEvidence, "lift">): string {
  const count = Math.round(offer.lift * 10) / 10;
  return i18n.t("whitespace.lift", { count, times: i18n.formatNumber(count, { maximumFractionDigits: 1 }) });
}
