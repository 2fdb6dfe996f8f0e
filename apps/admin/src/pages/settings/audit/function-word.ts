import { functions } from "../../../i18n/en/domain.ts";
import type { AppI18n } from "../../../i18n/index.ts";

/** A function by name («Первая продажа»); `*` — every function, as the owner covers them — «Все функции»; null for anything else. */
export function functionWord(i18n: AppI18n, value: string): string | null {
  if (value === "*") return i18n.t("clientPage.allFunctions");
  return value in functions ? i18n.tDynamic(`functions.${value}`) : null;
}
