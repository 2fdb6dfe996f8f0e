#!/usr/bin/env node
// `pnpm bench`'s last step: one table of every benchmark's figures against its goal, from the JSON
// files each package's bench wrote to bench-results/ (apps/server/test/support/bench-harness).
// `--reset` empties the directory first, so the table shows this run only.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir =
  process.env.QUARTET_BENCH_RESULTS ?? join(dirname(fileURLToPath(import.meta.url)), "..", "bench-results");

if (process.argv.includes("--reset")) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.exit(0);
}

/** A figure for people: thousands grouped from 100 up, else three significant digits (as the harness prints). */
const num = (v) =>
  v === null
    ? "—"
    : Math.abs(v) >= 100
      ? Math.round(v).toLocaleString("en")
      : String(Number(v.toPrecision(3)));

const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : [];
const runs = files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
if (runs.length === 0) {
  process.stderr.write(`no benchmark results in ${dir}\n`);
  process.exit(1);
}

const header = ["benchmark", "figure", "ours", "baseline", "median ratio", "spread", "goal", "verdict"];
const rows = runs.flatMap((run) =>
  run.figures.map((f) => [
    `${run.package.replace(/^@quartet\//, "")}: ${f.bench}`,
    f.metric,
    num(f.ours),
    num(f.baseline),
    num(f.ratio),
    `${num(f.spread[0])}–${num(f.spread[1])}`,
    f.goal,
    f.met === null ? "reported" : f.met ? "met" : `missed by ${Math.round(f.missedBy * 100)} %`,
  ]),
);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
const quick = runs.some((r) => r.quick);
process.stdout.write(
  `\nBenchmarks${quick ? " (QUARTET_BENCH_QUICK=1: small sizes, figures not judged)" : ""}\n`,
);
process.stdout.write(
  `${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`,
);
const notes = runs.flatMap((run) =>
  run.figures.filter((f) => f.note && f.met === false).map((f) => `- ${f.bench}, ${f.metric}: ${f.note}`),
);
if (notes.length) process.stdout.write(`\nMissed goals:\n${notes.join("\n")}\n`);
const spreadNote =
  "Ratios are medians of per-round ratios (ours and baseline alternate, round by round); spread is their min–max, or ours' for absolute goals.";
process.stdout.write(`\n${spreadNote}\n`);
