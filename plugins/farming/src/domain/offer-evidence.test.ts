import { describe, expect, it } from "vitest";
import { offerEvidence } from "./offer-evidence.ts";

const names = new Map([
  ["cat_a", "Кабель"],
  ["cat_b", "Светильники"],
]);
const offer = (peersWithBoth: number, peers: number, group: string | null = "Строительство") => ({
  categoryId: "cat_b",
  basedOn: "cat_a",
  group,
  peers,
  peersWithBoth,
});

describe("offerEvidence", () => {
  it.each([
    ["ru", 18, 25, "18 из 25 клиентов той же отрасли, покупающих «Кабель», покупают и «Светильники»"],
    ["ru", 1, 1, "1 из 1 клиента той же отрасли, покупающего «Кабель», покупает и «Светильники»"],
    ["ru", 2, 2, "2 из 2 клиентов той же отрасли, покупающих «Кабель», покупают и «Светильники»"],
    ["ru", 5, 5, "5 из 5 клиентов той же отрасли, покупающих «Кабель», покупают и «Светильники»"],
    ["ru", 11, 11, "11 из 11 клиентов той же отрасли, покупающих «Кабель», покупают и «Светильники»"],
    ["ru", 21, 21, "21 из 21 клиента той же отрасли, покупающего «Кабель», покупает и «Светильники»"],
    ["ru", 21, 22, "21 из 22 клиентов той же отрасли, покупающих «Кабель», покупает и «Светильники»"],
    ["ru", 22, 25, "22 из 25 клиентов той же отрасли, покупающих «Кабель», покупают и «Светильники»"],
    ["en", 18, 25, "18 of 25 clients in the same industry who buy Кабель also buy Светильники"],
    ["en", 1, 1, "1 of 1 client in the same industry who buys Кабель also buys Светильники"],
    ["en", 1, 4, "1 of 4 clients in the same industry who buy Кабель also buys Светильники"],
  ] as const)("%s: %d of %d", (locale, both, peers, expected) => {
    expect(offerEvidence(locale, offer(both, peers), names)).toBe(expected);
  });

  it.each([
    ["ru", "18 из 25 клиентов, покупающих «Кабель», покупают и «Светильники»"],
    ["en", "18 of 25 clients who buy Кабель also buy Светильники"],
  ] as const)("%s: a client without an industry is compared with all clients", (locale, expected) => {
    expect(offerEvidence(locale, offer(18, 25, null), names)).toBe(expected);
  });

  it("names a category it does not know by its id", () => {
    expect(offerEvidence("en", offer(3, 4), new Map())).toBe(
      "3 of 4 clients in the same industry who buy cat_a also buy cat_b",
    );
  });
});
