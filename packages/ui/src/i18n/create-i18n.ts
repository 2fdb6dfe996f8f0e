import type { Accessor } from "solid-js";
import { createLazyI18n, type DictionaryLoader } from "./lazy-i18n.ts";
import { type LocaleStore, sharedLocaleStore } from "./locale-store.ts";
import { createTranslator, type Translator } from "./translator.ts";
import type { Dictionary, Locale, Translation } from "./types.ts";

/** A typed translator bound to the current locale; every method is reactive in Solid. */
export type I18n<D extends Dictionary> = Translator<D> & {
  /** Switches the language; resolves once it is on screen (at once when its dictionary is loaded). */
  readonly setLocale: (locale: Locale) => Promise<void>;
  /** The language being loaded for a switch the user asked for, or null: a switcher shows it busy. */
  readonly pending: Accessor<Locale | null>;
  /** The language whose last load failed (the current one stayed on screen), or null. */
  readonly failed: Accessor<Locale | null>;
  /** Resolves once the current language's dictionary is loaded (rejects when it cannot be): await it before the first render. */
  readonly ready: () => Promise<void>;
};

/** Options of `createI18n`: a locale store (the shared one by default) and the reporters of missing keys and failed loads. */
export type I18nOptions = {
  readonly store?: LocaleStore;
  readonly onMissing?: (key: string, locale: Locale) => void;
  readonly onLoadError?: (locale: Locale, error: unknown) => void;
};

/** Both dictionaries at hand: English defines the keys, Russian must have the same ones. */
export type StaticDictionaries<D> = { readonly en: D; readonly ru: Translation<D> };

/** One dictionary loaded per language when it is needed: `{ load: (locale) => import(…) }`. */
export type LazyDictionaries<D> = { readonly load: DictionaryLoader<D | Translation<D>> };

const reported = new Set<string>();

function warnOnce(key: string, locale: Locale): void {
  if (reported.has(`${locale}:${key}`)) return;
  reported.add(`${locale}:${key}`);
  console.warn(`[i18n] missing message "${key}" (${locale})`);
}

function warnLoadError(locale: Locale, error: unknown): void {
  console.warn(`[i18n] could not load the "${locale}" dictionary`, error);
}

/**
 * Creates a translator: from both dictionaries (plugins, the design system), or lazily from a
 * loader that brings one language at a time (the admin app, whose dictionaries are large).
 * Falls back to English, then to the key.
 *
 * @example const i18n = createI18n({ en, ru }); i18n.t("nav.status")
 * @example const i18n = createI18n<typeof en>({ load: (l) => import(`./${l}.ts`).then((m) => m[l]) }); await i18n.ready();
 */
export function createI18n<D extends Dictionary>(
  source: StaticDictionaries<D> | LazyDictionaries<D>,
  options: I18nOptions = {},
): I18n<D> {
  const store = options.store ?? sharedLocaleStore();
  const onMissing = options.onMissing ?? warnOnce;
  if ("load" in source) {
    const load = source.load as DictionaryLoader<Dictionary>;
    return createLazyI18n<D>(load, { store, onMissing, onLoadError: options.onLoadError ?? warnLoadError });
  }
  const all = source as unknown as Record<Locale, Dictionary>;
  return {
    ...createTranslator<D>({
      locale: store.locale,
      textLocale: store.locale,
      dictionaries: () => all,
      onMissing,
    }),
    setLocale: async (locale) => store.setLocale(locale),
    pending: () => null,
    failed: () => null,
    ready: async () => {},
  };
}
