import { money } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { dealTexts } from "./deal-texts.ts";

describe("deal texts", () => {
  it("say what was won, for how much and why, in Russian", () => {
    expect(dealTexts.won("ru", "Поставка", money(1_000_000, "RUB"), "prepayment")).toBe(
      "Сделка «Поставка» выиграна на 10\u00a0000,00\u00a0₽: получена предоплата",
    );
  });

  it("sum up the sale for the farmer", () => {
    const note = dealTexts.handoff("en", "Cheese", money(150_000, "RUB"), [
      { name: "Gouda", quantity: 2 },
      { name: "Delivery", quantity: 1 },
    ]);
    expect(note).toBe('First sale: "Cheese" for RUB\u00a01,500.00. Gouda × 2; Delivery × 1');
  });

  it("add the note of a lost deal only when there is one", () => {
    expect(dealTexts.lost("en", "X", "Price too high", null)).toBe('Deal "X" lost: Price too high');
    expect(dealTexts.lost("ru", "X", "Другое", "закрылись")).toBe("Сделка «X» проиграна: Другое. закрылись");
  });
});
