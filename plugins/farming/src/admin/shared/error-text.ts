import { failureOf, runWithToast } from "@quartet/ui";
import { i18n } from "../i18n/index.ts";

/**
 * A refused call in the user's language: the server words its refusals in the language the admin
 * names on every request; only an unreachable server is worded here.
 *
 * @example showToast({ title: errorText(error), tone: "error" })
 */
export function errorText(error: unknown): string {
  const failure = failureOf(error);
  return failure.code === null ? i18n.t("errors.offline") : failure.message;
}

/** Runs a server call for a button: a toast with `success` when done, the refusal in words otherwise. */
export function run(action: () => Promise<unknown>, success?: string): Promise<boolean> {
  return runWithToast(action, { success, failureText: errorText });
}
