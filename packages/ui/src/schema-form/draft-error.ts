/** Why a value cannot be submitted yet, checked before the server sees it. */
export type DraftError =
  | { code: "required" }
  | { code: "notNumber" }
  | { code: "notInteger" }
  | { code: "tooPrecise" }
  | { code: "tooSmall"; limit: number; money?: true }
  | { code: "tooLarge"; limit: number; money?: true }
  | { code: "tooShort"; limit: number }
  | { code: "tooLong"; limit: number }
  | { code: "tooFew"; limit: number }
  | { code: "tooMany"; limit: number }
  | { code: "pattern" };

/** True for a DraftError rather than a parsed value. */
export const isDraftError = (value: unknown): value is DraftError =>
  typeof value === "object" && value !== null && !Array.isArray(value) && "code" in value;
