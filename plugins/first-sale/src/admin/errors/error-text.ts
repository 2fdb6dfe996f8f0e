import { refusalText } from "@quartet/ui";
import { i18n } from "../i18n/index.ts";
import { failureOf } from "./failure.ts";

/**
 * A refused call in the user's language: the server words its refusals in the language the admin
 * names on every request (an input check by its first field message, not its summary of field
 * paths); only an unreachable server is worded here.
 *
 * @example showToast({ title: errorText(error), tone: "error" })
 */
export function errorText(error: unknown): string {
  return refusalText(failureOf(error)) ?? i18n.t("errors.offline");
}
