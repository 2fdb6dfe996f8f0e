import type { Gender, NounForms } from "./amount-in-words-ru.ts";

/** How a currency's units are named in words, in Russian (with gender and three forms) and English (one, many). */
export type CurrencyWords = {
  readonly ru: { readonly major: NounForms; readonly gender: Gender; readonly minor: NounForms };
  readonly en: {
    readonly major: readonly [one: string, many: string];
    readonly minor: readonly [one: string, many: string];
  };
};

/**
 * The currencies an amount can be written in words in; a row per currency. «Евро» does not
 * decline and is neuter («одно евро»); dollars are «доллары США» as Russian contracts write them.
 */
export const currencyWords = {
  RUB: {
    ru: { major: ["рубль", "рубля", "рублей"], gender: "masculine", minor: ["копейка", "копейки", "копеек"] },
    en: { major: ["ruble", "rubles"], minor: ["kopeck", "kopecks"] },
  },
  USD: {
    ru: {
      major: ["доллар США", "доллара США", "долларов США"],
      gender: "masculine",
      minor: ["цент", "цента", "центов"],
    },
    en: { major: ["US dollar", "US dollars"], minor: ["cent", "cents"] },
  },
  EUR: {
    ru: { major: ["евро", "евро", "евро"], gender: "neuter", minor: ["цент", "цента", "центов"] },
    en: { major: ["euro", "euros"], minor: ["cent", "cents"] },
  },
} as const satisfies Record<string, CurrencyWords>;
