import { failureOf, runWithToast } from "@quartet/ui";
import { i18n } from "../i18n/index.ts";
import { errorKeyOf } from "./error-key.ts";

/** A refused call in the user's language: `showToast({ title: errorText(error), tone: "error" })`. */
export function errorText(error: unknown): string {
  const { key, params } = errorKeyOf(failureOf(error));
  return i18n.tDynamic(`errors.${key}`, params);
}

/** Runs a server call for a button: a toast with `success` when done, the refusal in words otherwise. */
export function run(action: () => Promise<unknown>, success?: string): Promise<boolean> {
  return runWithToast(action, { success, failureText: errorText });
}
