import { describe, expect, it } from "vitest";
import { keptAttachments, maxAttachmentBytes } from "./attachment-limits.ts";

const mb = 1024 * 1024;

describe("keptAttachments", () => {
  it.each([
    ["small files are all kept", [1000, 2000], [true, true]],
    ["a file over the limit keeps its name only", [maxAttachmentBytes + 1, 10], [false, true]],
    ["past the letter's total the rest are not kept", [9 * mb, 9 * mb, 9 * mb, 1], [true, true, false, true]],
    ["no attachments", [], []],
  ])("%s", (_name, sizes, expected) => {
    expect(keptAttachments(sizes)).toEqual(expected);
  });
});
