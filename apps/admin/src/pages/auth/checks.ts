/** What a user typed that the server would refuse, caught before asking it. */
export type CheckKey = "nameRequired" | "emailInvalid" | "passwordShort" | "passwordLong" | "passwordsDiffer";

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email must look like one: `name@domain.tld`. */
export function checkEmail(email: string): CheckKey | null {
  return emailShape.test(email.trim()) ? null : "emailInvalid";
}

/** better-auth's bounds: 8 to 128 characters. */
export function checkPassword(password: string): CheckKey | null {
  if (password.length < 8) return "passwordShort";
  if (password.length > 128) return "passwordLong";
  return null;
}

/** A name must not be blank. */
export function checkName(name: string): CheckKey | null {
  return name.trim() ? null : "nameRequired";
}

/** The repeated password must match. */
export function checkRepeat(password: string, repeat: string): CheckKey | null {
  return password === repeat ? null : "passwordsDiffer";
}

/** The checks that failed, by field; empty when the form may be sent. */
export function failedChecks(checks: Record<string, CheckKey | null>): Record<string, CheckKey> {
  return Object.fromEntries(
    Object.entries(checks).filter((entry): entry is [string, CheckKey] => entry[1] !== null),
  );
}
