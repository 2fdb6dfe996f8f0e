import { formatMoney, formatWholeMoney } from "../i18n/format.ts";
import type { Locale } from "../i18n/types.ts";
import { uiText } from "../i18n/ui-messages.ts";
import type { DraftError } from "./draft-error.ts";

/** A money bound in words: whole roubles with the sign (`10 000 ₽`, `₽10,000`), kopecks when it has some. */
export function moneyLimit(locale: Locale, amountMinor: number, currency: string): string {
  const money = { amountMinor, currency };
  return amountMinor % 100 === 0 ? formatWholeMoney(locale, money) : formatMoney(locale, money);
}

/**
 * A draft problem in words, in the current language; money limits in major units of `currency`
 * (`pattern` uses the field's own words when the plugin gave them).
 */
export function draftErrorText(error: DraftError, currency = "RUB", invalid?: string): string {
  const text = uiText();
  const limit = (value: number, money?: true) =>
    money ? moneyLimit(text.locale(), value, currency) : text.formatNumber(value);
  switch (error.code) {
    case "required":
      return text.t("fieldRequired");
    case "notNumber":
      return text.t("notNumber");
    case "notInteger":
      return text.t("notInteger");
    case "tooPrecise":
      return text.t("tooPrecise");
    case "tooSmall":
      return text.t("tooSmall", { limit: limit(error.limit, error.money) });
    case "tooLarge":
      return text.t("tooLarge", { limit: limit(error.limit, error.money) });
    case "tooShort":
      return text.t("tooShort", { limit: error.limit });
    case "tooLong":
      return text.t("tooLong", { limit: error.limit });
    case "tooFew":
      return text.t("tooFew", { limit: error.limit });
    case "tooMany":
      return text.t("tooMany", { limit: error.limit });
    case "pattern":
      return invalid ?? text.t("pattern");
  }
}
