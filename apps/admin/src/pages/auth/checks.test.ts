import { describe, expect, it } from "vitest";
import { checkEmail, checkName, checkPassword, checkRepeat, failedChecks } from "./checks.ts";

describe("auth form checks", () => {
  it("accepts a plausible email and refuses others", () => {
    expect(checkEmail(" anna@company.ru ")).toBeNull();
    for (const bad of ["anna", "anna@", "@company.ru", "anna@company", "an na@company.ru"]) {
      expect(checkEmail(bad)).toBe("emailInvalid");
    }
  });

  it("holds passwords to 8–128 characters", () => {
    expect(checkPassword("1234567")).toBe("passwordShort");
    expect(checkPassword("12345678")).toBeNull();
    expect(checkPassword("x".repeat(129))).toBe("passwordLong");
  });

  it("needs a name and a matching repeat", () => {
    expect(checkName("  ")).toBe("nameRequired");
    expect(checkName("Anna")).toBeNull();
    expect(checkRepeat("secret123", "secret124")).toBe("passwordsDiffer");
  });

  it("keeps only the failed checks", () => {
    expect(failedChecks({ name: null, email: "emailInvalid" })).toEqual({ email: "emailInvalid" });
  });
});
