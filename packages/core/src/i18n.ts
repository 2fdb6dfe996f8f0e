/** The languages of Quartet's interface and messages. */
export const locales = ["ru", "en"] as const;
export type Locale = (typeof locales)[number];

/** A text in both languages, as plugins give their names and descriptions. */
export type LocalizedText = Record<Locale, string>;
