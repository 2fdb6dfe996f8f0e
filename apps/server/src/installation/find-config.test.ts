import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfig } from "./find-config.ts";

const project = () => {
  const root = mkdtempSync(join(tmpdir(), "quartet-config-"));
  const deep = join(root, "node_modules", "@quartet", "server", "dist");
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(root, "quartet.config.ts"), "export default { plugins: [] };\n");
  return { root, deep };
};

describe("finding quartet.config.ts", () => {
  it("takes the nearest one above the host's package (an installation from the registry)", () => {
    const { root, deep } = project();
    expect(findConfig({}, deep)).toBe(join(root, "quartet.config.ts"));
  });

  it("takes QUARTET_CONFIG first", () => {
    const { root } = project();
    const other = join(root, "other.config.ts");
    writeFileSync(other, "export default { plugins: [] };\n");
    expect(findConfig({ QUARTET_CONFIG: other }, root)).toBe(other);
  });

  it.each([
    [
      "a QUARTET_CONFIG that does not exist",
      { QUARTET_CONFIG: "/nowhere/quartet.config.ts" },
      /QUARTET_CONFIG points at/,
    ],
    ["no config above", {}, /No quartet.config.ts found above/],
  ])("says so for %s", (_, env, message) => {
    const lonely = mkdtempSync(join(tmpdir(), "quartet-lonely-"));
    expect(() => findConfig(env, lonely)).toThrow(message);
  });
});
