import { interpolate } from "./interpolate.ts";
import { isPluralForms, selectPlural } from "./plural.ts";
import type { Dictionary, Locale, MessageParams, PluralForms } from "./types.ts";

/** The message stored under a dotted key, or undefined when there is none. */
export function findMessage(dictionary: Dictionary, key: string): string | PluralForms | undefined {
  let node: unknown = dictionary;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || isPluralForms(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === "string" || isPluralForms(node)) return node;
  return undefined;
}

/** What `translate` needs: dictionaries per locale, the fallback chain and a number formatter. */
export type TranslateInput = {
  readonly dictionaries: Partial<Record<Locale, Dictionary>>;
  readonly locale: Locale;
  readonly fallback: Locale;
  readonly key: string;
  readonly params?: MessageParams | undefined;
  readonly formatNumber: (value: number) => string;
  readonly onMissing?: ((key: string, locale: Locale) => void) | undefined;
};

/**
 * Resolves a message: the current locale, then the fallback locale, then the key itself
 * (reported through `onMissing`), so a missing text is visible but never breaks a page.
 */
export function translate(input: TranslateInput): string {
  const current = input.dictionaries[input.locale];
  const fallback = input.dictionaries[input.fallback];
  let message = current ? findMessage(current, input.key) : undefined;
  let locale = input.locale;
  if (message === undefined && fallback) {
    message = findMessage(fallback, input.key);
    locale = input.fallback;
  }
  if (message === undefined) {
    input.onMissing?.(input.key, input.locale);
    return input.key;
  }
  const count = input.params?.count;
  const template =
    typeof message === "string"
      ? message
      : selectPlural(locale, typeof count === "number" ? count : 0, message);
  return interpolate(template, input.params, input.formatNumber);
}
