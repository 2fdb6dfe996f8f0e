import { money, wordRef } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { dealTexts, proposalText } from "./deal-texts.ts";

describe("deal texts", () => {
  it.each([
    [
      "ru",
      dealTexts.won("ru", "Поставка", money(1_000_000, "RUB"), "prepayment"),
      "Сделка «Поставка» выиграна на 10\u00a0000,00\u00a0₽: получена предоплата",
    ],
    ["en", dealTexts.lost("X", "Price too high", null), 'Deal "X" lost: Price too high'],
    ["ru", dealTexts.lost("X", "Другое", "закрылись"), "Сделка «X» проиграна: Другое. закрылись"],
    ["en", proposalText("P-000001", "accepted"), "Proposal P-000001 accepted by the client"],
    ["ru", proposalText("P-000001", "sent"), "Коммерческое предложение P-000001 отправлено"],
  ] as const)("word a timeline text for each reader (%s): %s", (locale, text, expected) => {
    expect(wordRef(locale, text)).toBe(expected);
  });

  it("sum up the sale for the farmer", () => {
    const note = dealTexts.handoff("en", "Cheese", money(150_000, "RUB"), [
      { name: "Gouda", quantity: 2 },
      { name: "Delivery", quantity: 1 },
    ]);
    expect(note).toBe('First sale: "Cheese" for RUB\u00a01,500.00. Gouda × 2; Delivery × 1');
  });
});
