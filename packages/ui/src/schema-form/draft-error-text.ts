import { uiText } from "../i18n/ui-messages.ts";
import type { DraftError } from "./draft.ts";

/** A draft problem in words, in the current language. */
export function draftErrorText(error: DraftError): string {
  const text = uiText();
  switch (error.code) {
    case "required":
      return text.t("fieldRequired");
    case "notNumber":
      return text.t("notNumber");
    case "notInteger":
      return text.t("notInteger");
    case "tooSmall":
      return text.t("tooSmall", { limit: error.limit });
    case "tooLarge":
      return text.t("tooLarge", { limit: error.limit });
  }
}
