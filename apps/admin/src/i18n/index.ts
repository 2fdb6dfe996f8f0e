import { createI18n, type I18n, type Locale, type Translation, useI18n } from "@quartet/ui";
import type { en } from "./en.ts";

/** The admin app's dictionary type; its keys type `t()`. */
export type AppDictionary = typeof en;

/** Each language's dictionary is its own chunk, fetched when that language is first shown. */
const dictionaries: Record<Locale, () => Promise<AppDictionary | Translation<AppDictionary>>> = {
  en: () => import("./en.ts").then((module) => module.en),
  ru: () => import("./ru.ts").then((module) => module.ru),
};

/** The admin app's typed translator. */
export type AppI18n = I18n<AppDictionary>;

/**
 * The admin app's translator; it shares the page-wide locale with plugin UIs. It loads only the
 * viewer's language (the entry awaits `i18n.ready()`) and the other one on a switch.
 */
export const i18n: AppI18n = createI18n<AppDictionary>({ load: (locale) => dictionaries[locale]() });

/** The app's typed translator from context: `const i18n = useT()`. */
export function useT(): AppI18n {
  return useI18n<AppDictionary>();
}
