/** The languages of Quartet's interface. Russian is the default. */
export const locales = ["ru", "en"] as const;

/** One of Quartet's interface languages. */
export type Locale = (typeof locales)[number];

/** A text in both languages, as plugins and the server give names. */
export type LocalizedText = Record<Locale, string>;

/** True when `value` names one of Quartet's interface languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** English plural forms, chosen by `Intl.PluralRules("en")`: `{ one: "1 client", other: "{count} clients" }`. */
export type EnPlural = { readonly one: string; readonly other: string };

/**
 * Russian plural forms: `one` (1, 21), `few` (2–4, 22–24), `many` (5–20, 25…).
 * `other` (fractions) is optional and falls back to `few`: «1,5 клиента».
 */
export type RuPlural = {
  readonly one: string;
  readonly few: string;
  readonly many: string;
  readonly other?: string;
};

/** Any set of plural forms keyed by CLDR category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/** A nested dictionary of messages; a leaf is a string or a plural object. The English one defines the keys. */
export type Dictionary = { readonly [key: string]: string | EnPlural | Dictionary };

/** The shape another language's dictionary must have: exactly the keys of the English one. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends EnPlural
      ? RuPlural
      : Translation<T[K]>;
};

/** Dotted keys of every message in a dictionary: `"nav.clients" | "status.title" | …`. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string | EnPlural ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

/** Dotted keys of the plural messages only; these need a `count`. */
export type PluralKey<T> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends EnPlural
      ? K
      : `${K}.${PluralKey<T[K]>}`;
}[keyof T & string];

/** Values substituted into `{name}` placeholders; numbers are formatted in the current locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Arguments after the key: plural messages require `{ count }`, others take optional params. */
export type MessageArgs<T, K> =
  K extends PluralKey<T> ? [params: MessageParams & { readonly count: number }] : [params?: MessageParams];
