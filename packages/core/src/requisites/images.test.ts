import { describe, expect, it } from "vitest";
import { checkRequisiteImage, maxImageBytes } from "./images.ts";

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0];
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 0];

describe("checkRequisiteImage", () => {
  it.each([
    ["a PNG", new Uint8Array(png), { ok: true, mime: "image/png" }],
    ["a JPEG", new Uint8Array(jpeg), { ok: true, mime: "image/jpeg" }],
    ["a GIF", new TextEncoder().encode("GIF89a....."), { ok: false, reason: "type" }],
    [
      "an SVG",
      new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"),
      { ok: false, reason: "type" },
    ],
    ["a truncated PNG header", new Uint8Array(png.slice(0, 4)), { ok: false, reason: "type" }],
    ["nothing", new Uint8Array(), { ok: false, reason: "type" }],
    [
      "a PNG over 512 kB",
      Uint8Array.from({ length: maxImageBytes + 1 }, (_, i) => png[i] ?? 0),
      { ok: false, reason: "size" },
    ],
    [
      "a PNG of exactly 512 kB",
      Uint8Array.from({ length: maxImageBytes }, (_, i) => png[i] ?? 0),
      { ok: true, mime: "image/png" },
    ],
  ])("%s → %j", (_, bytes, expected) => {
    expect(checkRequisiteImage(bytes)).toEqual(expected);
  });
});
