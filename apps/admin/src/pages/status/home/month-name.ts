import type { useT } from "../../../i18n/index.ts";

/**
 * A month key as people say it in the current language: «декабрь 2026 г.» / «December 2026».
 *
 * @example monthName(i18n, "2026-12")
 */
export function monthName(i18n: ReturnType<typeof useT>, month: string): string {
  return i18n.formatDate(`${month}-15`, { month: "long", year: "numeric" });
}
