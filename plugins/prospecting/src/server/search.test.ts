import { describe, expect, it } from "vitest";
import { requestCondition } from "./search.ts";

describe("requestCondition", () => {
  it.each([
    ["8 (926) 555-12-34", "phone"],
    ["+7 926 555 12 34", "phone"],
    ["89265551234", "phone"],
    ["Maria@Example.com", "email"],
    ["Соколова", "name"],
    ["123", "name"],
    ["not@an email", "name"],
  ] as const)("looks for %s by %s", (q, field) => {
    expect(requestCondition(q).field).toBe(field);
  });
});
