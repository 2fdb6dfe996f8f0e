import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBench } from "./harness.ts";

const summaryScript = fileURLToPath(new URL("../../../../../scripts/bench-summary.mjs", import.meta.url));
const summary = (dir: string, ...args: string[]) =>
  execFileSync(process.execPath, [summaryScript, ...args], {
    encoding: "utf8",
    env: { ...process.env, QUARTET_BENCH_RESULTS: dir },
  });

describe("pnpm bench's summary table", () => {
  let dir: string;
  let previous: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "quartet-bench-summary-"));
    previous = process.env.QUARTET_BENCH_RESULTS;
    process.env.QUARTET_BENCH_RESULTS = dir;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.QUARTET_BENCH_RESULTS;
    else process.env.QUARTET_BENCH_RESULTS = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows every benchmark's figures against their goals, and why a missed goal was missed", async () => {
    let round = 0;
    await runBench({
      name: "list",
      rounds: 2,
      ours: async () => ({ "req/s": 60 + round++, "p99 ms": 30 }),
      baseline: async () => ({ "req/s": 100, "p99 ms": 10 }),
      goals: [
        { metric: "req/s", ratioAtLeast: 0.5 },
        { metric: "p99 ms", ratioAtMost: 1.5, note: "the app adds a statement a request" },
      ],
    });
    await runBench({
      name: "orgs",
      rounds: 1,
      ours: async () => ({ "MB/open org": 0.4 }),
      goals: [{ metric: "MB/open org", atMost: 1 }],
    });

    const table = summary(dir);
    expect(table).toMatch(
      /\| server: list +\| req\/s +\| 60\.5 +\| 100 +\| 0\.605 +\| 0\.6–0\.61 +\| ratio ≥ 0\.5 +\| met +\|/,
    );
    expect(table).toMatch(
      /\| server: list +\| p99 ms +\| 30 +\| 10 +\| 3 +\| 3–3 +\| ratio ≤ 1\.5× +\| missed by 100 % +\|/,
    );
    expect(table).toMatch(
      /\| server: orgs +\| MB\/open org +\| 0\.4 +\| — +\| — +\| 0\.4–0\.4 +\| ≤ 1 +\| met +\|/,
    );
    expect(table).toContain("- list, p99 ms: the app adds a statement a request");
  });

  it("starts empty after --reset", async () => {
    await runBench({ name: "old", rounds: 1, ours: async () => ({ ms: 1 }), goals: [{ metric: "ms" }] });
    expect(summary(dir)).toContain("server: old");
    summary(dir, "--reset");
    expect(() => summary(dir)).toThrow(/no benchmark results/);
  });
});
