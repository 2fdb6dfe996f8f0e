import { failureOf, runWithToast } from "@quartet/ui";
import { i18n } from "../i18n/index.ts";
import { fieldErrorKey } from "./field-error.ts";

const byCode: Record<string, string> = {
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  BAD_REQUEST: "badInput",
};

/** A refused call in the viewer's language. */
export function errorText(error: unknown): string {
  const failure = failureOf(error);
  if (failure.code === null) return i18n.t("errors.offline");
  return i18n.tDynamic(`errors.${byCode[failure.code] ?? "unknown"}`);
}

/** A server's field message in the viewer's language: «Не больше 730». */
export function fieldErrorText(message: string): string {
  const { key, n } = fieldErrorKey(message);
  return i18n.tDynamic(`fieldErrors.${key}`, n === undefined ? undefined : { n });
}

/** The refused fields of a call (`tiers.0.key` → its message, worded), empty when none was named. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = failureOf(error).fields;
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path, fieldErrorText(message)]));
}

/** Runs a server call for a button: a toast with `success` when done, the refusal in words otherwise. */
export function run(action: () => Promise<unknown>, success?: string): Promise<boolean> {
  return runWithToast(action, { success, failureText: errorText });
}
