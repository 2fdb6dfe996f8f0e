import type { AppI18n } from "../../i18n/index.ts";
import type { AuthFailure, AuthForm } from "./auth-failure.ts";
import { type CheckKey, failedChecks } from "./checks.ts";

/** What a form shows for a refusal: a message above the form and messages under fields. */
export type FormFeedback = { form: string | null; fields: Record<string, string> };

/** Words for a refusal of an auth form, in the current language. */
export function failureFeedback(i18n: AppI18n, failure: AuthFailure, form: AuthForm): FormFeedback {
  const none: Record<string, string> = {};
  switch (failure.kind) {
    case "wrongCredentials":
      return { form: i18n.t("auth.signIn.wrong"), fields: none };
    case "throttled":
      if (form === "forgot") return { form: i18n.t("auth.forgot.throttled"), fields: none };
      if (form !== "signIn") return { form: i18n.t("auth.signUp.throttled"), fields: none };
      return {
        form:
          failure.seconds !== null
            ? i18n.t("auth.signIn.throttled", { seconds: failure.seconds })
            : i18n.t("auth.signIn.throttledSoon"),
        fields: none,
      };
    case "emailTaken":
      return { form: null, fields: { email: i18n.t("auth.signUp.exists") } };
    case "field":
      return { form: null, fields: { [failure.field]: i18n.t(`auth.check.${failure.check}`) } };
    case "invalidToken":
      return { form: i18n.t("auth.reset.invalidText"), fields: none };
    case "network":
      return { form: i18n.t("errors.network"), fields: none };
    case "refused":
      return { form: failure.message, fields: none };
    case "other":
      return { form: i18n.t("errors.unknown", { message: failure.message }), fields: none };
  }
}

/** Messages under the fields whose checks failed: `checkFeedback(i18n, { email: checkEmail(email()) })`. */
export function checkFeedback(
  i18n: AppI18n,
  checks: Record<string, CheckKey | null>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(failedChecks(checks)).map(([field, key]) => [field, i18n.t(`auth.check.${key}`)]),
  );
}
