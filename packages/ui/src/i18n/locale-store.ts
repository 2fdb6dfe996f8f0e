import { type Accessor, createSignal } from "solid-js";
import { isLocale, type Locale } from "./types.ts";

/** The current interface language and the way to change it. */
export type LocaleStore = {
  readonly locale: Accessor<Locale>;
  readonly setLocale: (locale: Locale) => void;
};

/** Where the choice is remembered; `localStorage` in the browser. */
export type LocaleStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
};

/**
 * The browser globals this module touches, typed here so the module also type-checks (and runs)
 * without the DOM library: servers import the UI kit's pure entry for its formatters.
 */
const page = globalThis as {
  readonly localStorage?: LocaleStorage;
  readonly document?: { readonly documentElement: { lang: string } };
};

/** The localStorage key holding the chosen language. */
export const localeStorageKey = "quartet.locale";

function browserStorage(): LocaleStorage | null {
  try {
    return page.localStorage ?? null;
  } catch {
    return null;
  }
}

function applyToDocument(locale: Locale): void {
  if (page.document) page.document.documentElement.lang = locale;
}

/**
 * Creates a locale signal persisted in storage; it also keeps `<html lang>` in step.
 * Russian is the default.
 */
export function createLocaleStore(
  options: { storage?: LocaleStorage | null; initial?: Locale } = {},
): LocaleStore {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  let saved: string | null = null;
  try {
    saved = storage?.getItem(localeStorageKey) ?? null;
  } catch {
    saved = null;
  }
  const [locale, setSignal] = createSignal<Locale>(isLocale(saved) ? saved : (options.initial ?? "ru"));
  applyToDocument(locale());
  return {
    locale,
    setLocale(next) {
      setSignal(next);
      applyToDocument(next);
      try {
        storage?.setItem(localeStorageKey, next);
      } catch {
        // Storage may be full or disabled; the choice then lasts for this page only.
      }
    },
  };
}

let shared: LocaleStore | undefined;

/** The page-wide locale store that every `createI18n` shares, so plugin texts switch with the shell's. */
export function sharedLocaleStore(): LocaleStore {
  shared ??= createLocaleStore();
  return shared;
}
