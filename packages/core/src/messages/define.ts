import type { LocalizedText } from "../i18n.ts";

/** A text with one form per plural category; `other` is the fallback. Russian needs one, few and many. */
export type PluralText = {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};

/** One language's wording of a message: plain, or plural forms chosen by the `count` parameter. */
export type MessageText = string | PluralText;

/** A message in both languages; `{name}` marks a parameter, the same ones in each language. */
export type MessageEntry = { en: MessageText; ru: MessageText };

/** A message reference: its key and parameters; a parameter may itself be a reference, worded in the same language. */
export type MessageRef = { key: string; params?: MessageParams };

/** An amount of money as a parameter, formatted in the reader's language (`1 500,00 ₽`, `RUB 1,500.00`). */
export type MoneyParam = { amountMinor: number; currency: string };

/** Parameters of a message; a `{ en, ru }` pair (a field's label, a plugin's name) gives the reader's one. */
export type MessageParams = Readonly<
  Record<string, string | number | MessageRef | MoneyParam | LocalizedText>
>;

/** Where a catalog keeps its namespace and entries, beside its typed keys. */
export const catalogEntries: unique symbol = Symbol.for("quartet.messages") as never;

/** The namespace and entries of a catalog. */
export type CatalogData = { namespace: string; entries: Readonly<Record<string, MessageEntry>> };

/** What `defineMessages` returns: one key per entry (`"core.noSuchClient"`), plus the catalog itself. */
export type MessageCatalog<
  N extends string = string,
  E extends Record<string, MessageEntry> = Record<string, MessageEntry>,
> = {
  readonly [K in keyof E & string]: `${N}.${K}`;
} & { readonly [catalogEntries]: CatalogData };

/**
 * Declares the messages of a namespace (core's area or a plugin's id) and returns their keys.
 *
 * @example
 * const m = defineMessages("core", { noSuchClient: { en: "No such client", ru: "Клиент не найден" } });
 * m.noSuchClient // "core.noSuchClient"
 */
export function defineMessages<const N extends string, const E extends Record<string, MessageEntry>>(
  namespace: N,
  entries: E,
): MessageCatalog<N, E> {
  const keys = Object.fromEntries(Object.keys(entries).map((name) => [name, `${namespace}.${name}`]));
  Object.defineProperty(keys, catalogEntries, { value: { namespace, entries }, enumerable: false });
  return Object.freeze(keys) as MessageCatalog<N, E>;
}

/** A message reference, the form `fields` and parameters take. */
export const msg = (key: string, params?: MessageParams): MessageRef => (params ? { key, params } : { key });
