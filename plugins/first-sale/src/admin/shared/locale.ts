import { intlLocales } from "@quartet/ui";
import { i18n } from "../i18n/index.ts";

/** The `Intl` locale of the user's language ("ru-RU", "en-GB"). */
export function intlLocale(): string {
  return intlLocales[i18n.locale()];
}
