import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileServer } from "../build/compile.ts";
import { startServerProcess } from "../build/server-process.ts";
import { findConfig } from "../src/installation/find-config.ts";
import { benchQuick, type Figures, runBench } from "../test/support/bench.ts";
import { tempDir } from "../test/support/quartet-cli.ts";

const tsxCli = fileURLToPath(import.meta.resolve("tsx/cli"));
const sources = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));
const idleMs = 2000;

/** The resident set of a process and its descendants (tsx runs the server in a child), in MB. */
function treeRssMb(root: number): number {
  const rows = spawnSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  const kilobytes = rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
  return Math.round(kilobytes / 1024);
}

/** Starts the server once with `args`: milliseconds to the first `/healthz` answer, RSS after 2 s idle. */
async function startOnce(args: string[]): Promise<Figures> {
  const server = await startServerProcess(args);
  try {
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    return {
      "ms to /healthz": Math.round(server.msToHealthz),
      "idle RSS MB": treeRssMb(server.child.pid ?? 0),
    };
  } finally {
    await server.stop();
  }
}

/**
 * The production build's start against the sources through tsx (what `pnpm start` ran before):
 * each side starts `quartet start` on a fresh data directory, and is measured from the spawn to
 * the first `/healthz` answer and by its resident set (the process tree's) after 2 s idle.
 * Quick mode: one round of each side (a round is two starts of several seconds each).
 * `tsx bench/startup.ts` runs it alone.
 */
export async function benchStartup() {
  const outdir = tempDir("startup-bench");
  try {
    await compileServer({ config: findConfig(), outdir });
    const compiled = [join(outdir, "main.js")];
    return await runBench({
      name: "server start: compiled vs tsx",
      ...(benchQuick() ? { rounds: 1 } : {}),
      ours: () => startOnce(compiled),
      baseline: () => startOnce([tsxCli, sources]),
      goals: [
        {
          metric: "ms to /healthz",
          ratioAtMost: 1,
          note: "the compiled server starts no slower than the sources through tsx",
        },
        { metric: "idle RSS MB", ratioAtMost: 1, note: "nor holds more memory at idle" },
      ],
    });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchStartup();
