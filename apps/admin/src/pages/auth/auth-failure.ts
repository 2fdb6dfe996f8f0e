import { AuthError } from "../../lib/auth-api.ts";

/** Which auth form a refusal came from. */
export type AuthForm = "signIn" | "signUp" | "forgot" | "reset";

/** A refusal in the app's terms: a message for the whole form, or one under a field. */
export type AuthFailure =
  | { kind: "wrongCredentials" }
  | { kind: "throttled"; seconds: number | null }
  | { kind: "emailTaken" }
  | { kind: "field"; field: "email" | "password"; check: "emailInvalid" | "passwordShort" | "passwordLong" }
  | { kind: "invalidToken" }
  | { kind: "network" }
  /** The server's sign-up policy refused (invitation only, closed): its words, in the screen's language. */
  | { kind: "refused"; message: string }
  | { kind: "other"; message: string };

/** Reads better-auth's answer (status, code, message) into what the form should say. */
export function authFailureOf(error: unknown, form: AuthForm): AuthFailure {
  if (!(error instanceof AuthError)) return { kind: "network" };
  if (error.status === 429) return { kind: "throttled", seconds: error.retryAfterSeconds };
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return { kind: "wrongCredentials" };
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { kind: "emailTaken" };
    case "PASSWORD_TOO_SHORT":
      return { kind: "field", field: "password", check: "passwordShort" };
    case "PASSWORD_TOO_LONG":
      return { kind: "field", field: "password", check: "passwordLong" };
    case "INVALID_EMAIL":
      return { kind: "field", field: "email", check: "emailInvalid" };
    case "INVALID_TOKEN":
      return { kind: "invalidToken" };
    case "SIGN_UP_REFUSED":
      return { kind: "refused", message: error.message };
  }
  if (error.code === "VALIDATION_ERROR" && error.message.includes("[body.email]")) {
    return { kind: "field", field: "email", check: "emailInvalid" };
  }
  if (form === "signIn" && error.status === 401) return { kind: "wrongCredentials" };
  return { kind: "other", message: error.message };
}
