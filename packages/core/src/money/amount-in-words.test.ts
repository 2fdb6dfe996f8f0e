import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words.ts";

const rub = (rubles: number | bigint, kopecks = 0) => BigInt(rubles) * 100n + BigInt(kopecks);

describe("amountInWords in Russian", () => {
  it.each<[bigint, string]>([
    [rub(123456, 78), "Сто двадцать три тысячи четыреста пятьдесят шесть рублей 78 копеек"],
    [rub(1, 1), "Один рубль 01 копейка"],
    [rub(21), "Двадцать один рубль 00 копеек"],
    [rub(1_000_000), "Один миллион рублей 00 копеек"],
    [rub(2_000_000_001, 11), "Два миллиарда один рубль 11 копеек"],
    [0n, "Ноль рублей 00 копеек"],
    [rub(0, 21), "Ноль рублей 21 копейка"],
    [rub(2, 2), "Два рубля 02 копейки"],
    [rub(5, 5), "Пять рублей 05 копеек"],
    [rub(11, 11), "Одиннадцать рублей 11 копеек"],
    [rub(12, 12), "Двенадцать рублей 12 копеек"],
    [rub(14, 14), "Четырнадцать рублей 14 копеек"],
    [rub(19, 19), "Девятнадцать рублей 19 копеек"],
    [rub(22, 22), "Двадцать два рубля 22 копейки"],
    [rub(25, 25), "Двадцать пять рублей 25 копеек"],
    [rub(100), "Сто рублей 00 копеек"],
    [rub(111), "Сто одиннадцать рублей 00 копеек"],
    [rub(1000), "Одна тысяча рублей 00 копеек"],
    [rub(2000), "Две тысячи рублей 00 копеек"],
    [rub(5000), "Пять тысяч рублей 00 копеек"],
    [rub(11_000), "Одиннадцать тысяч рублей 00 копеек"],
    [rub(13_000), "Тринадцать тысяч рублей 00 копеек"],
    [rub(21_000), "Двадцать одна тысяча рублей 00 копеек"],
    [rub(22_000), "Двадцать две тысячи рублей 00 копеек"],
    [rub(25_000), "Двадцать пять тысяч рублей 00 копеек"],
    [rub(101_000), "Сто одна тысяча рублей 00 копеек"],
    [rub(2_001), "Две тысячи один рубль 00 копеек"],
    [rub(2_000_000), "Два миллиона рублей 00 копеек"],
    [rub(5_000_000), "Пять миллионов рублей 00 копеек"],
    [rub(12_000_000), "Двенадцать миллионов рублей 00 копеек"],
    [rub(21_000_000), "Двадцать один миллион рублей 00 копеек"],
    [rub(22_000_000), "Двадцать два миллиона рублей 00 копеек"],
    [rub(25_000_000), "Двадцать пять миллионов рублей 00 копеек"],
    [rub(1_000_000_000), "Один миллиард рублей 00 копеек"],
    [rub(15_000_000_000), "Пятнадцать миллиардов рублей 00 копеек"],
    [rub(21_000_000_000), "Двадцать один миллиард рублей 00 копеек"],
    [rub(22_000_000_000), "Двадцать два миллиарда рублей 00 копеек"],
    [rub(25_000_000_000), "Двадцать пять миллиардов рублей 00 копеек"],
    [rub(1_000_000_000_000), "Один триллион рублей 00 копеек"],
    [rub(17_000_000_000_000), "Семнадцать триллионов рублей 00 копеек"],
    [rub(22_000_000_000_000), "Двадцать два триллиона рублей 00 копеек"],
    [rub(1_001_001), "Один миллион одна тысяча один рубль 00 копеек"],
    [rub(1_000_001_000), "Один миллиард одна тысяча рублей 00 копеек"],
    [rub(40_090_000, 90), "Сорок миллионов девяносто тысяч рублей 90 копеек"],
    [
      rub(999_999_999_999_999n, 99),
      "Девятьсот девяносто девять триллионов девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять рублей 99 копеек",
    ],
  ])("%d kopecks: %s", (minor, words) => {
    expect(amountInWords(minor, "RUB", "ru")).toBe(words);
  });

  const scaleNouns: readonly [bigint, string][] = [
    [1n, ""],
    [1000n, "тысяч "],
    [1_000_000n, "миллионов "],
    [1_000_000_000n, "миллиардов "],
    [1_000_000_000_000n, "триллионов "],
  ];
  const teenCases = scaleNouns.flatMap(([scale, noun]) =>
    [11n, 12n, 13n, 14n, 15n, 16n, 17n, 18n, 19n].map((teen) => [teen * scale, noun] as const),
  );
  it.each(teenCases)("teens take the many form in every group: %d ₽", (rubles, noun) => {
    expect(amountInWords(rub(rubles), "RUB", "ru")).toMatch(
      new RegExp(`^[А-Я][а-я]+надцать ${noun}рублей 00 копеек$`),
    );
  });

  it("takes a safe number as well as a bigint", () => {
    expect(amountInWords(2100, "RUB", "ru")).toBe(amountInWords(2100n, "RUB", "ru"));
  });
});

describe("amountInWords in English", () => {
  it.each<[bigint, string]>([
    [rub(123456, 78), "One hundred twenty-three thousand four hundred fifty-six rubles and 78 kopecks"],
    [rub(1, 1), "One ruble and 01 kopeck"],
    [rub(21), "Twenty-one rubles and 00 kopecks"],
    [rub(1_000_000), "One million rubles and 00 kopecks"],
    [rub(2_000_000_001, 11), "Two billion one rubles and 11 kopecks"],
    [0n, "Zero rubles and 00 kopecks"],
    [rub(115, 21), "One hundred fifteen rubles and 21 kopecks"],
    [rub(1_000_000_000_000), "One trillion rubles and 00 kopecks"],
  ])("%d kopecks: %s", (minor, words) => {
    expect(amountInWords(minor, "RUB", "en")).toBe(words);
  });
});

describe("amountInWords in other currencies", () => {
  it.each<[bigint, "USD" | "EUR", "ru" | "en", string]>([
    [rub(1, 1), "EUR", "ru", "Одно евро 01 цент"],
    [rub(2, 2), "EUR", "ru", "Два евро 02 цента"],
    [rub(21, 25), "EUR", "ru", "Двадцать одно евро 25 центов"],
    [rub(1000), "EUR", "ru", "Одна тысяча евро 00 центов"],
    [rub(1, 1), "USD", "ru", "Один доллар США 01 цент"],
    [rub(22), "USD", "ru", "Двадцать два доллара США 00 центов"],
    [rub(5_000_000), "USD", "ru", "Пять миллионов долларов США 00 центов"],
    [rub(1), "EUR", "en", "One euro and 00 cents"],
    [rub(1_000_000, 1), "EUR", "en", "One million euros and 01 cent"],
    [rub(21, 50), "USD", "en", "Twenty-one US dollars and 50 cents"],
  ])("%d cents in %s (%s): %s", (minor, currency, locale, words) => {
    expect(amountInWords(minor, currency, locale)).toBe(words);
  });
});

describe("amountInWords refuses", () => {
  it.each<[number | bigint, "RUB" | "CNY", string]>([
    [-1, "RUB", "core.document-money.wordsNegative"],
    [rub(1_000_000_000_000_000n), "RUB", "core.document-money.wordsTooLarge"],
    [1.5, "RUB", "core.document-money.wordsWhole"],
    [100, "CNY", "core.document-money.wordsCurrency"],
  ])("%d %s with %s", (minor, currency, key) => {
    expect(() => amountInWords(minor, currency, "ru")).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", key }),
    );
  });
});
