import { describe, expect, it } from "vitest";
import { QUARTET_VERSION } from "../version.ts";
import { supportedVersionsProblem } from "./supported-versions.ts";

const bad = (range: unknown) =>
  `has quartet "${String(range)}": a semver range of the Quartet versions it supports (e.g. ^0.1.0) is required`;

describe("supportedVersionsProblem", () => {
  it.each([
    ["^0.1.0", "0.1.0"],
    ["^0.1.0", "0.1.7"],
    ["~0.1.2", "0.1.9"],
    [">=0.1.0", "3.2.1"],
    [">=0.1.0 <0.3.0", "0.2.5"],
    ["0.x", "0.9.0"],
    ["*", "0.1.0"],
    ["^0.1.0 || ^1.0.0", "1.4.0"],
    ["0.1.0 - 0.2.0", "0.2.0"],
    ["0.1.0", "0.1.0"],
    [">=0.1.0", "0.2.0-rc.1"],
    ["^1.2.0", "1.9.9"],
  ])("%s admits Quartet %s", (range, version) => {
    expect(supportedVersionsProblem(range, version)).toBeUndefined();
  });

  it.each([
    ["^0.1.0", "0.2.0"],
    ["~0.1.2", "0.2.0"],
    ["~0.1.2", "0.1.1"],
    ["<0.1.0", "0.1.0"],
    [">=0.1.0 <0.3.0", "0.3.0"],
    ["1.x", "0.9.0"],
    ["^1.2.0", "2.0.0"],
    ["0.1.0", "0.1.1"],
  ])("%s refuses Quartet %s", (range, version) => {
    expect(supportedVersionsProblem(range, version)).toBe(
      `supports Quartet ${range}, and this is Quartet ${version}`,
    );
  });

  it.each(["banana", "", "  ", "^", ">=x.y", 1, null, ["^0.1.0"]])("refuses the range %j", (range) => {
    expect(supportedVersionsProblem(range, "0.1.0")).toBe(bad(range));
  });

  it("leaves a missing member to the boot warning", () => {
    expect(supportedVersionsProblem(undefined)).toBeUndefined();
  });

  it("checks against this Quartet by default", () => {
    expect(supportedVersionsProblem(`^${QUARTET_VERSION}`)).toBeUndefined();
    expect(supportedVersionsProblem("^99.0.0")).toBe(
      `supports Quartet ^99.0.0, and this is Quartet ${QUARTET_VERSION}`,
    );
  });
});
