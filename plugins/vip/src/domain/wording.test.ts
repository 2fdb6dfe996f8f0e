import { describe, expect, it } from "vitest";
import { RUB } from "../../test/fixtures.ts";
import { counted, dateWords, quarterWords, shortAmount, shortAmounts } from "./wording.ts";

const spaces = (s: string) => s.replace(/\u00A0/g, " ");
const months = { ru: ["месяц", "месяца", "месяцев"], en: ["month", "months"] } as const;

describe("shortAmount", () => {
  it.each([
    [5_200_000 * RUB, "5,2 млн ₽", "5.2 M ₽"],
    [5_000_000 * RUB, "5 млн ₽", "5 M ₽"],
    [5_299_999 * RUB, "5,2 млн ₽", "5.2 M ₽"],
    [412_500 * RUB, "412,5 тыс. ₽", "412.5 K ₽"],
    [1_250_000_000 * RUB, "1,2 млрд ₽", "1.2 B ₽"],
    [750 * RUB, "750 ₽", "750 ₽"],
    [750 * RUB + 5, "750,05 ₽", "750.05 ₽"],
    [-1_500_000 * RUB, "-1,5 млн ₽", "-1.5 M ₽"],
    [0, "0 ₽", "0 ₽"],
  ])("%d kopecks → «%s» / “%s”", (minor, ru, en) => {
    expect(spaces(shortAmount(minor, "RUB", "ru"))).toBe(ru);
    expect(spaces(shortAmount(minor, "RUB", "en"))).toBe(en);
  });

  it("keeps the number, its unit and the sign on one line", () => {
    expect(shortAmount(5_200_000 * RUB, "RUB", "ru")).toBe("5,2\u00A0млн\u00A0₽");
  });

  it("words a full amount with grouping", () => {
    expect(spaces(shortAmount(5_040_000 * RUB, "RUB", "ru", "full"))).toBe("5 040 000 ₽");
    expect(spaces(shortAmount(5_040_000 * RUB + 50, "RUB", "en", "full"))).toBe("5,040,000.50 ₽");
  });
});

describe("shortAmounts", () => {
  it.each([
    [4_999_999 * RUB, 5_000_000 * RUB, ["4,9 млн ₽", "5 млн ₽"]],
    [5_040_000 * RUB, 5_050_000 * RUB, ["5,04 млн ₽", "5,05 млн ₽"]],
    [5_000_001 * RUB, 5_000_000 * RUB, ["5 000 001 ₽", "5 000 000 ₽"]],
    [5_000_000 * RUB, 5_000_000 * RUB, ["5 млн ₽", "5 млн ₽"]],
  ])("%d against %d never read alike unless equal", (a, b, expected) => {
    expect(shortAmounts(a, b, "RUB", "ru").map(spaces)).toEqual(expected);
  });
});

describe("counted", () => {
  it.each([
    [1, "1 месяц", "1 month"],
    [3, "3 месяца", "3 months"],
    [5, "5 месяцев", "5 months"],
    [11, "11 месяцев", "11 months"],
    [12, "12 месяцев", "12 months"],
    [21, "21 месяц", "21 months"],
    [24, "24 месяца", "24 months"],
  ])("%d", (n, ru, en) => {
    expect(spaces(counted("ru", n, months))).toBe(ru);
    expect(spaces(counted("en", n, months))).toBe(en);
  });
});

describe("dates and quarters", () => {
  it("words a date and a quarter in each language", () => {
    expect(dateWords("2026-06-03", "ru")).toBe("03.06.2026");
    expect(dateWords("2026-06-03", "en")).toBe("3 Jun 2026");
    expect(spaces(quarterWords("2025-Q3", "ru"))).toBe("3 кв. 2025");
    expect(quarterWords("2025-Q3", "en")).toBe("Q3 2025");
  });
});
