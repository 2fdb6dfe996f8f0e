import { createI18n, type I18n, useI18n } from "@quartet/ui";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

/** The admin app's dictionary type; its keys type `t()`. */
export type AppDictionary = typeof en;

/** The admin app's typed translator. */
export type AppI18n = I18n<AppDictionary>;

/** The admin app's translator; it shares the page-wide locale with plugin UIs. */
export const i18n: AppI18n = createI18n({ en, ru });

/** The app's typed translator from context: `const i18n = useT()`. */
export function useT(): AppI18n {
  return useI18n<AppDictionary>();
}
