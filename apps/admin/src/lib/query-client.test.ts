import { describe, expect, it } from "vitest";
import { shouldRetry } from "./query-client.ts";

const refused = (code: string) => Object.assign(new Error(code), { data: { code } });

describe("shouldRetry", () => {
  it("retries an unreachable or failing server twice", () => {
    expect(shouldRetry(0, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetry(1, refused("INTERNAL_SERVER_ERROR"))).toBe(true);
    expect(shouldRetry(2, refused("INTERNAL_SERVER_ERROR"))).toBe(false);
  });

  it("never retries a refusal: asking again gets the same answer", () => {
    for (const code of ["FORBIDDEN", "UNAUTHORIZED", "NOT_FOUND", "BAD_REQUEST"]) {
      expect(shouldRetry(0, refused(code))).toBe(false);
    }
  });
});
