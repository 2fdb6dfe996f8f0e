import { rmSync } from "node:fs";
import { loadConfig } from "../src/config.ts";
import { installedPlugins } from "../src/plugins.ts";
import { type FigureResult, runBench } from "../test/support/bench-harness/harness.ts";
import { medianOf } from "../test/support/bench-harness/stats.ts";
import { benchNumber, benchQuick } from "./env.ts";
import { benchDataDir, createBenchHost, log, seconds, timed } from "./measure.ts";
import { createFleet, touchers } from "./orgs-fleet.ts";
import { sweep, sweepInChild } from "./orgs-sweep.ts";

/** The legs each organisation has enabled (opening one migrates core and these); quick: one, to seed fast. */
const legs = () => (benchQuick() ? ["prospecting"] : ["prospecting", "farming"]);

/** How many organisations each round of the cold-vs-warm comparison reads: a different few a round. */
const perRound = 10;

/**
 * A thousand organisations (QUARTET_BENCH_ORGS, quick 30), each with two legs (quick one), 20
 * customers and their orders, read in turn through the real app (`core.clients.list` with its API
 * key) on a host whose organisation cache holds 200 (QUARTET_ORG_DB_CACHE_SIZE; quick 10).
 *
 * 1. First request to a cold organisation (its database closed: opened, migrations checked) vs a
 *    warm one, alternately: each round the median of 10 cold reads, then of the same 10 warm.
 *    Goal ≤ 5×.
 * 2. Each round a fresh process sweeps every organisation (`sweep`; quick: one round, in this
 *    process). Goals: RSS per open organisation ≤ 1 MB; open descriptors bounded by the cache —
 *    the peak at most 1.5× a full cache's however many organisations follow, and none left over
 *    once evicted ones closed.
 */
export async function benchOrgs(): Promise<FigureResult[]> {
  const count = benchNumber("ORGS", 1_000, 30);
  const cap = benchQuick() ? 10 : loadConfig().orgDbCacheSize;
  const dataDir = benchDataDir("orgs");
  try {
    const host = await createBenchHost(dataDir, installedPlugins, { orgDbCacheSize: cap });
    let coldVsWarm: FigureResult[];
    try {
      const created = await timed(() => createFleet(host, dataDir, count, legs()));
      const fleet = created.value;
      log(`created ${count} organisations with ${legs().join(" and ")} in ${seconds(created.ms)}`);
      const touch = touchers(host, fleet);
      const batch = (round: number) =>
        Array.from({ length: perRound }, (_, i) => (round * perRound + i) % count);
      const medianMs = async (indices: number[], cold: boolean) => {
        const times: number[] = [];
        for (const i of indices) {
          if (cold) await host.orgs.invalidate(fleet[i]?.orgId ?? "");
          times.push((await timed(() => touch[i]?.() ?? Promise.resolve())).ms);
        }
        return { "request ms": medianOf(times) };
      };
      for (const t of touch) await t(); // the code warmed, every organisation read once
      coldVsWarm = await runBench({
        name: "first request to a cold organisation vs a warm one",
        ours: (round) => medianMs(batch(round), true),
        baseline: (round) => medianMs(batch(round), false),
        goals: [
          {
            metric: "request ms",
            ratioAtMost: 5,
            note: "a cold request opens the file and its WAL, parses the schema on its new connection, reads the organisation and its plugins from the control database and reads every source's newest migration (one SELECT): see bench/README.md",
          },
        ],
      });
    } finally {
      await host.close();
    }
    const sweeps = await runBench({
      name: `${count.toLocaleString("en")} organisations, ${cap} open at most`,
      ...(benchQuick() ? { rounds: 1 } : {}),
      ours: async () => {
        // Quick mode sweeps in this process: a fresh one's start alone takes longer than the sweep.
        const swept = await timed(() => (benchQuick() ? sweep(dataDir, cap) : sweepInChild(dataDir, cap)));
        log(`  (a sweep${benchQuick() ? "" : ", its process's start included"}: ${seconds(swept.ms)})`);
        return swept.value;
      },
      goals: [
        { metric: "MB/open org", atMost: 1, note: "an open organisation holds more than its connections" },
        { metric: "fds/open org" },
        { metric: "peak fds ÷ full cache's", atMost: 1.5, note: "open files grow with the organisations" },
        { metric: "fds left past a full cache", atMost: 0, note: "evicted organisations keep files open" },
        { metric: "MB past a full cache" },
      ],
    });
    return [...coldVsWarm, ...sweeps];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("orgs.ts")) await benchOrgs();
