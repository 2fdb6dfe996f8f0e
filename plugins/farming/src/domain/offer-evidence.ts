import type { Locale } from "@quartet/core";
import { plural } from "./plural.ts";
import type { Offer } from "./whitespace.ts";

/**
 * Why a whitespace offer is made, in words a farmer can say to the client: how many peers buying
 * what the client buys also buy the offered category. Category names come from `names` (id when missing).
 *
 * @example offerEvidence("ru", offer, names) // "18 из 25 клиентов той же отрасли, покупающих «Кабель», покупают и «Светильники»"
 * @example offerEvidence("en", offer, names) // "18 of 25 clients in the same industry who buy Cable also buy Lamps"
 */
export function offerEvidence(
  l: Locale,
  offer: Pick<Offer, "categoryId" | "basedOn" | "group" | "peers" | "peersWithBoth">,
  names: ReadonlyMap<string, string>,
): string {
  const a = names.get(offer.basedOn) ?? offer.basedOn;
  const b = names.get(offer.categoryId) ?? offer.categoryId;
  const { peers, peersWithBoth: both } = offer;
  if (l === "ru") {
    const clients = plural(peers, "клиента", "клиентов", "клиентов");
    const industry = offer.group === null ? "" : " той же отрасли";
    const buying = plural(peers, "покупающего", "покупающих", "покупающих");
    const buy = plural(both, "покупает", "покупают", "покупают");
    return `${both} из ${peers} ${clients}${industry}, ${buying} «${a}», ${buy} и «${b}»`;
  }
  const clients = peers === 1 ? "client" : "clients";
  const industry = offer.group === null ? "" : " in the same industry";
  return `${both} of ${peers} ${clients}${industry} who ${peers === 1 ? "buys" : "buy"} ${a} also ${both === 1 ? "buys" : "buy"} ${b}`;
}
