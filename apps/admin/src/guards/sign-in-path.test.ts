import { describe, expect, it } from "vitest";
import { nextPath, signInPath } from "./sign-in-path.ts";

describe("signInPath", () => {
  it("remembers the page and its query", () => {
    expect(signInPath("/team", "?tab=roles")).toBe("/sign-in?next=%2Fteam%3Ftab%3Droles");
  });

  it("needs no next for the home page", () => {
    expect(signInPath("/")).toBe("/sign-in");
  });
});

describe("nextPath", () => {
  it("goes back to a page of the app", () => {
    expect(nextPath("/team?tab=roles")).toBe("/team?tab=roles");
    expect(nextPath("/invite?token=abc")).toBe("/invite?token=abc");
  });

  it("refuses to leave the app", () => {
    for (const next of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
    ]) {
      expect(nextPath(next)).toBe("/");
    }
  });
});
