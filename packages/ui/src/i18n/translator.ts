import type { Accessor } from "solid-js";
import { formatDate, formatDateTime, formatMoney, formatNumber, type MoneyValue } from "./format.ts";
import { translate } from "./translate.ts";
import type { Dictionary, Locale, LocalizedText, MessageArgs, MessageKey, MessageParams } from "./types.ts";

/** The reading half of a translator: texts and formats in the current locale, reactive in Solid. */
export type Translator<D extends Dictionary> = {
  readonly locale: Accessor<Locale>;
  /** Translates a key of the English dictionary: `t("nav.status")`, `t("plugins.count", { count: 3 })`. */
  readonly t: <K extends MessageKey<D>>(key: K, ...args: MessageArgs<D, K>) => string;
  /** Translates a key known only at runtime (a plugin's nav label); returns the key when it is missing. */
  readonly tDynamic: (key: string, params?: MessageParams) => string;
  /** Picks the current language from a `{ en, ru }` text. */
  readonly localized: (text: LocalizedText) => string;
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  readonly formatMoney: (money: MoneyValue, options?: Intl.NumberFormatOptions) => string;
  readonly formatDate: (value: Date | number | string, options?: Intl.DateTimeFormatOptions) => string;
  readonly formatDateTime: (value: Date | number) => string;
};

/** Where a translator reads: the locale, the language its texts are in, the dictionaries it has. */
export type TranslatorSource = {
  readonly locale: Accessor<Locale>;
  /** The language of the texts; the locale itself unless its dictionary is still on its way. */
  readonly textLocale: Accessor<Locale>;
  readonly dictionaries: Accessor<Partial<Record<Locale, Dictionary>>>;
  readonly onMissing: (key: string, locale: Locale) => void;
};

/** Builds the reading half of a translator over any source of dictionaries, static or loaded. */
export function createTranslator<D extends Dictionary>(source: TranslatorSource): Translator<D> {
  const { locale } = source;
  const number = (value: number, opts?: Intl.NumberFormatOptions) => formatNumber(locale(), value, opts);
  const tDynamic = (key: string, params?: MessageParams) =>
    translate({
      dictionaries: source.dictionaries(),
      locale: source.textLocale(),
      fallback: "en",
      key,
      params,
      formatNumber: (value) => number(value),
      onMissing: source.onMissing,
    });
  return {
    locale,
    t: (key, ...args) => tDynamic(key, args[0]),
    tDynamic,
    localized: (text) => text[locale()],
    formatNumber: number,
    formatMoney: (money, opts) => formatMoney(locale(), money, opts),
    formatDate: (value, opts) => formatDate(locale(), value, opts),
    formatDateTime: (value) => formatDateTime(locale(), value),
  };
}
