import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resultsDir, writeResults } from "./results.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A workspace root with a package two levels down. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), "quartet-bench-results-"));
  roots.push(root);
  writeFileSync(join(root, "pnpm-workspace.yaml"), "packages: []\n");
  const pkg = join(root, "plugins", "farming");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "@quartet/farming" }));
  return { root, pkg };
}

describe("where benchmark results go", () => {
  it("is bench-results/ at the workspace root, from any package's directory", () => {
    const { root, pkg } = workspace();
    expect(resultsDir(pkg, {})).toBe(join(root, "bench-results"));
    expect(resultsDir(pkg, { QUARTET_BENCH_RESULTS: "/elsewhere" })).toBe("/elsewhere");
  });

  it("writes one file per benchmark, named by its package and name", () => {
    const { root, pkg } = workspace();
    const dir = join(root, "bench-results");
    const previous = process.env.QUARTET_BENCH_RESULTS;
    delete process.env.QUARTET_BENCH_RESULTS;
    try {
      const file = writeResults("Full recompute: vs raw", [], pkg);
      expect(file).toBe(join(dir, "quartet-farming--full-recompute-vs-raw.json"));
      expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
        package: "@quartet/farming",
        bench: "Full recompute: vs raw",
        figures: [],
      });
    } finally {
      if (previous !== undefined) process.env.QUARTET_BENCH_RESULTS = previous;
    }
  });
});
