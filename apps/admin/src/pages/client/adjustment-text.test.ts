import { describe, expect, it } from "vitest";
import { type AdjustmentReason, type AdjustmentWords, adjustmentText } from "./adjustment-text.ts";

const ru: AdjustmentWords = {
  locale: "ru",
  tierDiscount: ({ tier, percent }) => `Скидка уровня «${tier}» ${percent}\u00A0%`,
  number: (v) => String(v).replace(".", ","),
};
const en: AdjustmentWords = {
  locale: "en",
  tierDiscount: ({ tier, percent }) => `${tier} tier discount ${percent}\u00A0%`,
  number: String,
};
const tierDiscount = (params: AdjustmentReason["params"]): AdjustmentReason => ({
  plugin: "vip",
  code: "vip.tier-discount",
  params,
});
const gold = tierDiscount({ tierKey: "gold", tierNameRu: "Золото", tierNameEn: "Gold", discountPercent: 5 });

describe("adjustmentText", () => {
  it.each([
    ["the Russian name in Russian", gold, ru, "Скидка уровня «Золото» 5\u00A0%"],
    ["the English name in English", gold, en, "Gold tier discount 5\u00A0%"],
    [
      "a fractional percent as the language writes it",
      tierDiscount({ tierKey: "gold", tierNameRu: "Gold", discountPercent: 7.5 }),
      ru,
      "Скидка уровня «Gold» 7,5\u00A0%",
    ],
    [
      "the other language's name when the viewer's is missing",
      tierDiscount({ tierKey: "gold", tierNameRu: "Золото", discountPercent: 5 }),
      en,
      "Золото tier discount 5\u00A0%",
    ],
    [
      "the tier's key for an older reason without names",
      tierDiscount({ tierKey: "gold", discountPercent: 5 }),
      en,
      "gold tier discount 5\u00A0%",
    ],
  ])("words %s", (_, reason, words, text) => {
    expect(adjustmentText(reason, words)).toBe(text);
  });

  it.each([
    ["no reason", null],
    ["an unknown code", { plugin: "x", code: "x.promo", params: { discountPercent: 5 } }],
    ["a reason without its percent", tierDiscount({ tierKey: "gold" })],
    ["a reason without a tier", tierDiscount({ discountPercent: 5 })],
  ])("says nothing for %s", (_, reason) => {
    expect(adjustmentText(reason, en)).toBeNull();
  });
});
