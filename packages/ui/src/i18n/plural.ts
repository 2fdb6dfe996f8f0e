import type { Locale, PluralForms } from "./types.ts";

const rules = new Map<Locale, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale`: "one", "few", "many" or "other". */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

/** Order in which missing categories fall back, e.g. a Russian fraction ("other") reads like "few". */
const fallbacks: Record<Intl.LDMLPluralRule, readonly Intl.LDMLPluralRule[]> = {
  zero: ["many", "other"],
  one: ["other"],
  two: ["few", "other"],
  few: ["other", "many"],
  many: ["other", "few"],
  other: ["few", "many", "one"],
};

/**
 * Picks the form of a plural message for `count`.
 *
 * @example selectPlural("ru", 3, { one: "клиент", few: "клиента", many: "клиентов" }) // "клиента"
 */
export function selectPlural(locale: Locale, count: number, forms: PluralForms): string {
  const category = pluralCategory(locale, count);
  const exact = forms[category];
  if (exact !== undefined) return exact;
  for (const next of fallbacks[category]) {
    const form = forms[next];
    if (form !== undefined) return form;
  }
  return "";
}

const categories = new Set<string>(["zero", "one", "two", "few", "many", "other"]);

/** True when a dictionary value is a plural object (only CLDR category keys, string values, with "one"). */
export function isPluralForms(value: unknown): value is PluralForms {
  if (typeof value !== "object" || value === null) return false;
  const entries = Object.entries(value);
  return "one" in value && entries.every(([key, form]) => categories.has(key) && typeof form === "string");
}
