import { failureOf, refusalText, runWithToast } from "@quartet/ui";
import { i18n } from "../i18n/index.ts";

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

/** Runs a server call for a button: a toast with `success` when done, the refusal in words otherwise. */
export function run(action: () => Promise<unknown>, success?: string): Promise<boolean> {
  return runWithToast(action, { success, failureText: errorText });
}
