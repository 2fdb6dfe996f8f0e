import { describe, expect, it } from "vitest";
import { AuthError } from "../../lib/auth-api.ts";
import { authFailureOf } from "./auth-failure.ts";

const refusal = (status: number, code: string | null, message = "", retry: number | null = null) =>
  new AuthError(status, code, message, retry);

describe("authFailureOf", () => {
  it("tells a wrong password from a throttled sign-in", () => {
    expect(authFailureOf(refusal(401, "INVALID_EMAIL_OR_PASSWORD"), "signIn")).toEqual({
      kind: "wrongCredentials",
    });
    expect(authFailureOf(refusal(429, null, "Too many requests.", 42), "signIn")).toEqual({
      kind: "throttled",
      seconds: 42,
    });
  });

  it("puts sign-up refusals under their fields", () => {
    expect(authFailureOf(refusal(422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"), "signUp")).toEqual({
      kind: "emailTaken",
    });
    expect(authFailureOf(refusal(400, "PASSWORD_TOO_SHORT"), "signUp")).toMatchObject({
      field: "password",
      check: "passwordShort",
    });
    expect(
      authFailureOf(refusal(400, "VALIDATION_ERROR", "[body.email] Invalid email address"), "signUp"),
    ).toMatchObject({ field: "email", check: "emailInvalid" });
  });

  it("shows the server's words when its sign-up policy refuses", () => {
    const words = "Регистрация на этом сервере закрыта: попросите учётную запись у администратора";
    expect(authFailureOf(refusal(403, "SIGN_UP_REFUSED", words), "signUp")).toEqual({
      kind: "refused",
      message: words,
    });
  });

  it("recognises a used or expired reset link", () => {
    expect(authFailureOf(refusal(400, "INVALID_TOKEN", "Invalid token"), "reset")).toEqual({
      kind: "invalidToken",
    });
  });

  it("speaks of the network when no answer came, and keeps unknown messages", () => {
    expect(authFailureOf(new TypeError("Failed to fetch"), "signIn")).toEqual({ kind: "network" });
    expect(authFailureOf(refusal(500, null, "Boom"), "forgot")).toEqual({ kind: "other", message: "Boom" });
  });
});
