import { type Locale, type MessageRef, wordRef } from "@quartet/core";

const isRef = (value: unknown): value is MessageRef =>
  typeof value === "object" && value !== null && typeof (value as MessageRef).key === "string";

/**
 * An entry's text in the reader's language: the key the server kept in `data.text`, worded in
 * `locale`; an entry without one (a person's note, or written before keys) keeps its body, and so
 * does every entry when the reader's language is not known.
 */
export function entryBody(entry: { body: string; data: unknown }, locale: Locale | undefined): string {
  const text = (entry.data as { text?: unknown } | null)?.text;
  return locale && isRef(text) ? wordRef(locale, text) : entry.body;
}
