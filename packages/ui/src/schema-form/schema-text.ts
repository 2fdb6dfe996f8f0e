import { uiText } from "../i18n/ui-messages.ts";
import type { SchemaText } from "./fields.ts";

/** A schema text (a label, hint or refusal) in the current language. */
export function say(value: SchemaText | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : uiText().localized(value);
}
