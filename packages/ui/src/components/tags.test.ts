import { describe, expect, it } from "vitest";
import { addTags, removeTag } from "./tags.ts";

describe("addTags", () => {
  it("splits on commas and new lines, trims, drops blanks and repeats", () => {
    expect(addTags(["a"], "b, a ,c\n d,,")).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps the list as it was when nothing new is typed", () => {
    expect(addTags(["a", "b"], "  ")).toEqual(["a", "b"]);
  });
});

describe("removeTag", () => {
  it("removes only the tag at the index", () => {
    expect(removeTag(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });
});
