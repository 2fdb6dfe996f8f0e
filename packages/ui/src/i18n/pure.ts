/** The i18n without its Solid context: translators, formatting, plurals; safe to import anywhere. */
export {
  createI18n,
  type I18n,
  type I18nOptions,
  type LazyDictionaries,
  type StaticDictionaries,
} from "./create-i18n.ts";
export {
  currencySign,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatWholeMoney,
  intlLocales,
  type MoneyValue,
} from "./format.ts";
export { interpolate } from "./interpolate.ts";
export type { DictionaryLoader } from "./lazy-i18n.ts";
export {
  createLocaleStore,
  type LocaleStorage,
  type LocaleStore,
  localeStorageKey,
  sharedLocaleStore,
} from "./locale-store.ts";
export { amountMinorOf, minorToText, parseDecimal } from "./number-input.ts";
export { isPluralForms, pluralCategory, selectPlural } from "./plural.ts";
export { findMessage, translate } from "./translate.ts";
export type { Translator } from "./translator.ts";
export * from "./types.ts";
export { uiText } from "./ui-messages.ts";
