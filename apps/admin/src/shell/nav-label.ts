import type { NavLabel } from "@quartet/ui";
import type { useT } from "../i18n/index.ts";

/** The text of a nav label in the current language: a dictionary key is translated, a `{ en, ru }` text picked. */
export function navLabelText(i18n: ReturnType<typeof useT>, label: NavLabel): string {
  return typeof label === "string" ? i18n.tDynamic(label) : i18n.localized(label);
}
