import { describe, expect, it } from "vitest";
import { paymentTermsWords } from "./payment-terms.ts";

describe("paymentTermsWords", () => {
  it.each([
    [30, "ru", "оплата в течение 30 дней"],
    [1, "ru", "оплата в течение 1 дня"],
    [21, "ru", "оплата в течение 21 дня"],
    [3, "ru", "оплата в течение 3 дней"],
    [11, "ru", "оплата в течение 11 дней"],
    [0, "ru", "оплата в день выставления"],
    [30, "en", "payment within 30 days"],
    [1, "en", "payment within 1 day"],
    [0, "en", "payment on the day of issue"],
  ] as const)("%i days in %s: %s", (days, locale, words) => {
    expect(paymentTermsWords(days, locale)).toBe(words);
  });

  it("says nothing when no terms are set", () => {
    expect(paymentTermsWords(null, "ru")).toBeUndefined();
    expect(paymentTermsWords(undefined, "en")).toBeUndefined();
  });
});
