import { failureOf } from "../errors/server-failure.ts";
import { documentsText } from "./documents-messages.ts";

/**
 * A refused documents call in one sentence: the server words its refusals in the tab's language
 * («Сначала заполните реквизиты организации»), so they show as they come; only no answer at all
 * or an internal failure, which the server cannot word, are the card's own.
 */
export function failureText(error: unknown): string {
  const failure = failureOf(error);
  if (failure.code === null) return documentsText().t("errors.network");
  if (failure.code === "INTERNAL_SERVER_ERROR") return documentsText().t("errors.internal");
  return failure.message;
}
