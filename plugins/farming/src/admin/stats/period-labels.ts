import { i18n } from "../i18n/index.ts";

/** A quarter key as people say it: `quarterLabel("2026-Q1") // "1 кв. 2026"` ("Q1 2026" in English). */
export function quarterLabel(key: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  return match ? i18n.t("stats.quarterName", { q: match[2] ?? "", year: match[1] ?? "" }) : key;
}

/**
 * Month keys (`2026-01`) as chart labels: the short month, with the year on the first month and on
 * every January — «дек. 2025», «янв. 2026», «февр.».
 */
export function monthLabels(keys: readonly string[]): string[] {
  return keys.map((key, index) => {
    const month = i18n.formatDate(`${key}-01`, { month: "short" });
    return index === 0 || key.endsWith("-01") ? `${month} ${key.slice(0, 4)}` : month;
  });
}
