import { describe, expect, it } from "vitest";
import { stageChangeText, stageReasonText } from "./stage-words.ts";

describe("stage change texts", () => {
  it.each([
    ["ru", "first-payment", {}, "Получена первая оплата"],
    ["en", "first-payment", {}, "First payment received"],
    ["ru", "deal-created", { title: "Поставка" }, "Открыта сделка «Поставка»"],
    ["en", "deal-created", { title: "Supply" }, "Deal “Supply” opened"],
    ["ru", "deal-won", { title: "Поставка" }, "Сделка «Поставка» выиграна"],
    ["en", "deal-won", { title: "Supply" }, "Deal “Supply” won"],
  ] as const)("words reason %s/%s", (locale, code, params, text) => {
    expect(stageReasonText(locale, code, params)).toBe(text);
  });

  it.each([
    ["ru", "lead", "negotiation", null, "Лид → Переговоры"],
    [
      "en",
      "negotiation",
      "customer",
      "First payment received",
      "Negotiation → Customer: First payment received",
    ],
    ["ru", "prospect", "lead", "Заявка с сайта", "Потенциальный → Лид: Заявка с сайта"],
  ] as const)("words %s %s → %s", (locale, from, to, reason, text) => {
    expect(stageChangeText(locale, from, to, reason)).toBe(text);
  });
});
