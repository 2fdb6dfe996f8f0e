import { createI18n, type I18n, useI18n } from "@quartet/ui";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

/** The admin app's dictionary type; its keys type `t()`. */
export type AppDictionary = typeof en;

/** The admin app's translator; it shares the page-wide locale with plugin UIs. */
export const i18n: I18n<AppDictionary> = createI18n({ en, ru });

/** The app's typed translator from context: `const { t } = useT()`. */
export function useT(): I18n<AppDictionary> {
  return useI18n<AppDictionary>();
}
