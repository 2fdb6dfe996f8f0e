import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { QUARTET_VERSION } from "./version.ts";

describe("QUARTET_VERSION", () => {
  it("is @quartet/core's package version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(QUARTET_VERSION).toBe(pkg.version);
  });
});
