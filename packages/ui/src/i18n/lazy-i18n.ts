import { batch, createSignal } from "solid-js";
import type { I18n } from "./create-i18n.ts";
import { emptyLoader, type LoaderEffect, type LoaderEvent, loaderStep } from "./dictionary-loader.ts";
import type { LocaleStore } from "./locale-store.ts";
import { createTranslator } from "./translator.ts";
import type { Dictionary, Locale } from "./types.ts";

/** Loads one language's dictionary, e.g. `(locale) => import(\`./${locale}.ts\`)`; each its own chunk. */
export type DictionaryLoader<D> = (locale: Locale) => Promise<D>;

/** What the lazy translator needs besides the loader: the locale store and the two reporters. */
export type LazyI18nOptions = {
  readonly store: LocaleStore;
  readonly onMissing: (key: string, locale: Locale) => void;
  readonly onLoadError: (locale: Locale, error: unknown) => void;
};

/**
 * A translator that loads a language's dictionary when it is first needed. The locale store
 * changes only once the dictionary is there, so the page switches in one go, never through keys.
 * A message missing from the current language loads English once and shows it when it arrives.
 */
export function createLazyI18n<D extends Dictionary>(
  load: DictionaryLoader<Dictionary>,
  options: LazyI18nOptions,
): I18n<D> {
  const { store } = options;
  const [state, setState] = createSignal(emptyLoader);
  const inflight = new Map<Locale, Promise<unknown>>();

  const perform = (effect: LoaderEffect) => {
    if (effect.type === "show") store.setLocale(effect.locale);
    else if (effect.type === "report") options.onLoadError(effect.locale, effect.error);
    else inflight.set(effect.locale, fetchDictionary(effect.locale));
  };
  const dispatch = (event: LoaderEvent) => {
    const step = loaderStep(state(), event);
    batch(() => {
      setState(step.state);
      for (const effect of step.effects) perform(effect);
    });
  };
  const fetchDictionary = (locale: Locale) =>
    load(locale).then(
      (dictionary) => dispatch({ type: "loaded", locale, dictionary }),
      (error: unknown) => dispatch({ type: "failed", locale, error }),
    );
  /** Resolves once `locale` is on screen, or its load has ended (failed, or another choice won). */
  const settled = async (locale: Locale) => {
    if (state().pending === locale) await inflight.get(locale);
  };

  // The store may name a language this translator has not loaded (set elsewhere on the page):
  // texts stay in the language shown until that one arrives.
  const textLocale = () => {
    const wanted = store.locale();
    const { loaded, shown } = state();
    if (loaded[wanted] || !shown) return wanted;
    queueMicrotask(() => {
      const now = state();
      if (now.pending !== wanted && !now.loaded[wanted] && now.failed?.locale !== wanted)
        void setLocale(wanted);
    });
    return shown;
  };
  let englishAsked = false;
  const onMissing = (key: string, locale: Locale) => {
    options.onMissing(key, locale);
    if (englishAsked || state().loaded.en) return;
    englishAsked = true;
    queueMicrotask(() => dispatch({ type: "prefetch", locale: "en" }));
  };
  const setLocale = (locale: Locale) => {
    dispatch({ type: "request", locale });
    return settled(locale);
  };
  return {
    ...createTranslator<D>({
      locale: store.locale,
      textLocale,
      dictionaries: () => state().loaded,
      onMissing,
    }),
    setLocale,
    pending: () => state().pending,
    failed: () => state().failed?.locale ?? null,
    ready: async () => {
      const locale = store.locale();
      await setLocale(locale);
      const failure = state().failed;
      if (failure?.locale === locale) throw failure.error;
    },
  };
}
