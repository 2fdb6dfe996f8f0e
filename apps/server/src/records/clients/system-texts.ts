import type { Locale, SalesFunction } from "@quartet/core";
import { functionWords } from "../export/labels.ts";

/**
 * The stored timeline text of a new responsible member, in the organisation's language (the
 * admin words it again from the entry's data in the viewer's language).
 *
 * @example ownerChangeText("ru", "farming", "Анна") // "Ответственный за «Развитие клиентов»: Анна"
 */
export function ownerChangeText(locale: Locale, fn: SalesFunction, name: string | null): string {
  const area = functionWords[fn][locale];
  if (name === null)
    return locale === "ru"
      ? `За «${area}» теперь никто не отвечает`
      : `Nobody is responsible for ${area} now`;
  return locale === "ru" ? `Ответственный за «${area}»: ${name}` : `Responsible for ${area}: ${name}`;
}

/** The stored timeline texts of a merge: on the surviving client (`into`) and on the merged one (`from`). */
export function mergeTexts(locale: Locale, fromName: string, intoName: string) {
  return locale === "ru"
    ? { into: `Объединён с клиентом «${fromName}»`, from: `Объединён в клиента «${intoName}»` }
    : { into: `Merged with ${fromName}`, from: `Merged into ${intoName}` };
}
