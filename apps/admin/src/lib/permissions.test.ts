import { describe, expect, it } from "vitest";
import { can } from "./permissions.ts";

describe("can", () => {
  it("grants everything to the owner's wildcard", () => {
    expect(can(["*"], "core.plugins.manage")).toBe(true);
  });

  it("grants only listed permissions to anyone else", () => {
    expect(can(["core.org.read"], "core.org.read")).toBe(true);
    expect(can(["core.org.read"], "core.org.manage")).toBe(false);
  });

  it("refuses while permissions are unknown, except for open entries", () => {
    expect(can(undefined, "core.org.read")).toBe(false);
    expect(can(undefined, undefined)).toBe(true);
    expect(can([], undefined)).toBe(true);
  });
});
