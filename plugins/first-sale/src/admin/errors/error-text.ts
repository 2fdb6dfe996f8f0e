import { i18n } from "../i18n/index.ts";
import { failureOf } from "./failure.ts";
import { errorTextOf } from "./known-errors.ts";

const statusWords: Record<string, string> = {
  won: "status.won",
  lost: "status.lost",
  open: "status.open",
  draft: "proposals.status.draft",
  sent: "proposals.status.sent",
  accepted: "proposals.status.accepted",
  declined: "proposals.status.declined",
};

/**
 * A refused call in the user's language, through the plugin's dictionaries.
 *
 * @example showToast({ title: errorText(error), tone: "error" })
 */
export function errorText(error: unknown): string {
  const { key, params } = errorTextOf(failureOf(error));
  const words = Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => {
      const word = typeof value === "string" ? statusWords[value] : undefined;
      return [name, word ? i18n.tDynamic(word).toLowerCase() : value];
    }),
  );
  return i18n.tDynamic(`errors.${key}`, words);
}
