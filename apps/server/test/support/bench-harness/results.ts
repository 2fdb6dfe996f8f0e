import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { benchQuick } from "../../../bench/env.ts";
import type { FigureResult } from "./types.ts";

/**
 * The directory every benchmark writes its results to, for `scripts/bench-summary.mjs`:
 * `QUARTET_BENCH_RESULTS`, else `bench-results/` at the workspace root (found from the working
 * directory: turbo runs each package's bench in its own directory).
 */
export function resultsDir(cwd = process.cwd(), env = process.env): string {
  if (env.QUARTET_BENCH_RESULTS) return env.QUARTET_BENCH_RESULTS;
  let dir = cwd;
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const up = dirname(dir);
    if (up === dir) return join(cwd, "bench-results");
    dir = up;
  }
  return join(dir, "bench-results");
}

/** The package running the benchmark, from the working directory's package.json. */
function packageName(cwd: string): string {
  try {
    return (JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as { name?: string }).name ?? "bench";
  } catch {
    return "bench";
  }
}

/** Writes one benchmark's figures to `<results dir>/<package>--<benchmark>.json`; returns the path. */
export function writeResults(bench: string, figures: readonly FigureResult[], cwd = process.cwd()): string {
  const dir = resultsDir(cwd);
  mkdirSync(dir, { recursive: true });
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const file = join(dir, `${slug(packageName(cwd))}--${slug(bench)}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ package: packageName(cwd), bench, quick: benchQuick(), figures }, null, 2)}\n`,
  );
  return file;
}
