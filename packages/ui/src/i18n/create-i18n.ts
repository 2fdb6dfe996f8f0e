import type { Accessor } from "solid-js";
import { formatDate, formatDateTime, formatMoney, formatNumber, type MoneyValue } from "./format.ts";
import { type LocaleStore, sharedLocaleStore } from "./locale-store.ts";
import { translate } from "./translate.ts";
import type {
  Dictionary,
  Locale,
  LocalizedText,
  MessageArgs,
  MessageKey,
  MessageParams,
  Translation,
} from "./types.ts";

/** A typed translator bound to the current locale; every method is reactive in Solid. */
export type I18n<D extends Dictionary> = {
  readonly locale: Accessor<Locale>;
  readonly setLocale: (locale: Locale) => void;
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

/** Options of `createI18n`: a locale store (the shared one by default) and a missing-key reporter. */
export type I18nOptions = {
  readonly store?: LocaleStore;
  readonly onMissing?: (key: string, locale: Locale) => void;
};

const reported = new Set<string>();

function warnOnce(key: string, locale: Locale): void {
  if (reported.has(`${locale}:${key}`)) return;
  reported.add(`${locale}:${key}`);
  console.warn(`[i18n] missing message "${key}" (${locale})`);
}

/**
 * Creates a translator from an English dictionary (which defines the keys) and a Russian one
 * that must have the same keys. Falls back to English, then to the key.
 *
 * @example const i18n = createI18n({ en, ru }); i18n.t("nav.status")
 */
export function createI18n<D extends Dictionary>(
  dictionaries: { readonly en: D; readonly ru: Translation<D> },
  options: I18nOptions = {},
): I18n<D> {
  const store = options.store ?? sharedLocaleStore();
  const { locale } = store;
  const all = dictionaries as unknown as Record<Locale, Dictionary>;
  const number = (value: number, opts?: Intl.NumberFormatOptions) => formatNumber(locale(), value, opts);
  const tDynamic = (key: string, params?: MessageParams) =>
    translate({
      dictionaries: all,
      locale: locale(),
      fallback: "en",
      key,
      params,
      formatNumber: (value) => number(value),
      onMissing: options.onMissing ?? warnOnce,
    });
  return {
    locale,
    setLocale: store.setLocale,
    t: (key, ...args) => tDynamic(key, args[0]),
    tDynamic,
    localized: (text) => text[locale()],
    formatNumber: number,
    formatMoney: (money, opts) => formatMoney(locale(), money, opts),
    formatDate: (value, opts) => formatDate(locale(), value, opts),
    formatDateTime: (value) => formatDateTime(locale(), value),
  };
}
