import {
  benchNumber,
  log,
  maxRssMb,
  runBench,
  seconds,
  seededOrg,
  timed,
  withBenchHost,
} from "@quartet/testing/bench";
import { vipPlugin } from "../src/server/index.ts";
import { reassessAll } from "../src/server/services/assess/reassess-all.ts";
import { saveProgram } from "../src/server/services/program/save-program.ts";
import { benchProgram } from "./bench-program.ts";
import { rawWindows } from "./raw-windows.ts";

/**
 * Seeds an organisation with QUARTET_BENCH_CLIENTS (100,000) customers and QUARTET_BENCH_ORDERS
 * (1,000,000) one-line orders, each paid, over two years (raw batches, not measured), enables VIP
 * and saves a two-tier program that reads the whole history (the first promotions, timed apart),
 * then measures in alternating rounds (`runBench`) VIP's nightly reassessment of every client
 * (`reassessAll`, the `reassess` job's path) against a raw SQL aggregate of the same windows. No
 * goal: the figures, their ratio and the peak RSS are reported.
 */
async function main() {
  const clients = benchNumber("CLIENTS", 100_000);
  const orders = benchNumber("ORDERS", 1_000_000);
  await withBenchHost("vip", [vipPlugin], async (host) => {
    const size = { clients, lines: orders, linesPerOrder: 1, calls: false };
    const { handle, ctx, today } = await seededOrg(host, "vip", size);
    const saved = await timed(() => saveProgram({ ctx: { ...ctx, system: ctx }, input: benchProgram }));
    const { assessed, promoted } = saved.value.result;
    log(`saving the bench program (${promoted} of ${assessed} promoted, handed over): ${seconds(saved.ms)}`);
    const ms = async (fn: () => Promise<unknown>): Promise<number> => (await timed(fn)).ms;
    await runBench({
      name: "nightly reassessment vs raw SQL of the same windows",
      ours: async () => ({ ms: await ms(() => reassessAll(ctx)), "peak RSS MB": maxRssMb() }),
      baseline: async () => ({
        ms: await ms(() => rawWindows(handle.client, today, benchProgram.paymentTermsDays)),
      }),
      goals: [{ metric: "ms" }, { metric: "peak RSS MB" }],
    });
  });
}

await main();
