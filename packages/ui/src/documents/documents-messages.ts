import { createI18n, type I18n } from "../i18n/create-i18n.ts";
import { documentsWords } from "./documents-words.ts";

let messages: I18n<typeof documentsWords.en> | undefined;

/** The documents card's translator; it follows the shared locale, so it switches with the app. */
export function documentsText(): I18n<typeof documentsWords.en> {
  messages ??= createI18n(documentsWords);
  return messages;
}
