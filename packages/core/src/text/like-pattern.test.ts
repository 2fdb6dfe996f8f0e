import { describe, expect, it } from "vitest";
import { escapeLike } from "./like-pattern.ts";

describe("escapeLike", () => {
  it.each([
    ["plain", "Ромашка", "Ромашка"],
    ["percent", "50%", "50\\%"],
    ["underscore", "a_b", "a\\_b"],
    ["backslash", "a\\b", "a\\\\b"],
    ["all at once", "%_\\", "\\%\\_\\\\"],
  ])("%s", (_, text, escaped) => {
    expect(escapeLike(text)).toBe(escaped);
  });
});
