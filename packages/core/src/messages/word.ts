import type { Locale } from "../i18n.ts";
import { formatMoney } from "../money/format.ts";
import type { Money } from "../money/money.ts";
import type { MessageParams, MessageRef, MessageText } from "./define.ts";
import { fillPlaceholders } from "./placeholders.ts";
import { messageEntry } from "./registry.ts";

const pluralRules: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules("en"),
  ru: new Intl.PluralRules("ru"),
};

// The form of a text for the `count` parameter (Russian: 1 клиент, 2 клиента, 5 клиентов).
function formOf(locale: Locale, text: MessageText, params: MessageParams | undefined): string {
  if (typeof text === "string") return text;
  const count = Number(params?.count ?? 0);
  const category = pluralRules[locale].select(count) as keyof typeof text;
  return text[category] ?? text.other;
}

/**
 * A message in the given language with its parameters in place; a nested reference is worded in
 * the same language, an amount of money formatted for it. A key nobody registered — plain text of a plugin without a catalog — comes
 * back as it is.
 *
 * @example wordMessage("ru", "core.records.roleInUse", { count: 3 }) // "Роль назначена 3 участникам; …"
 */
export function wordMessage(locale: Locale, key: string, params?: MessageParams): string {
  const entry = messageEntry(key);
  if (!entry) return key;
  return fillPlaceholders(formOf(locale, entry[locale], params), (name) => {
    const value = params?.[name];
    if (value === undefined) return undefined;
    if (typeof value !== "object") return String(value);
    if ("key" in value) return wordRef(locale, value);
    return "amountMinor" in value ? formatMoney(value as Money, locale) : value[locale];
  });
}

/** A message reference in the given language. */
export const wordRef = (locale: Locale, ref: MessageRef): string => wordMessage(locale, ref.key, ref.params);
