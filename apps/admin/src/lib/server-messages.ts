import type { AppI18n } from "../i18n/index.ts";
import type { ServerFailure } from "./server-errors.ts";

/**
 * One sentence for a failed call. The server words its refusals in the tab's language (the
 * `x-quartet-locale` header), so they are shown as they come; only what the server cannot say —
 * no answer at all, an internal failure, an ended session, a refusal outside the domain — is ours.
 *
 * @example failureText(i18n, failureOf(error)) // "Контрольная сумма ИНН не сходится"
 */
export function failureText(i18n: AppI18n, failure: ServerFailure): string {
  if (failure.code === null) return i18n.t("errors.network");
  if (failure.code === "INTERNAL_SERVER_ERROR") return i18n.t("errors.internal");
  if (failure.code === "UNAUTHORIZED") return i18n.t("errors.signInFirst");
  if (failure.code === "FORBIDDEN" && !failure.domainCode) return i18n.t("errors.forbidden");
  return failure.message;
}
