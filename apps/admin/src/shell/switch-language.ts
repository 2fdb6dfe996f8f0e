import { type Locale, showToast } from "@quartet/ui";
import type { AppI18n } from "../i18n/index.ts";

/**
 * Switches the interface language; the page keeps its language until the other dictionary has
 * loaded, and a failed load says so in a toast (in the language still on screen).
 */
export async function switchLanguage(i18n: AppI18n, locale: Locale): Promise<void> {
  await i18n.setLocale(locale);
  if (i18n.failed() === locale) showToast({ title: i18n.t("language.loadFailed"), tone: "error" });
}
