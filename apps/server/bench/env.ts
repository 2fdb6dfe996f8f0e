import { readdirSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Whether `QUARTET_BENCH_QUICK=1` asks for every benchmark small (CI: they run, figures not judged). */
export const benchQuick = (env = process.env) => env.QUARTET_BENCH_QUICK === "1";

/** A benchmark size's name: `QUARTET_BENCH_<name>`. */
export type BenchSize = "ROWS" | "LIST_ROWS" | "SECONDS" | "CLIENTS" | "LINES" | "ORDERS" | "ORGS";

/** Each size under `QUARTET_BENCH_QUICK=1`: every benchmark together runs in under two minutes. */
const quickSizes: Record<BenchSize, number> = {
  ROWS: 2_000,
  LIST_ROWS: 2_000,
  SECONDS: 1,
  CLIENTS: 200,
  LINES: 2_000,
  ORDERS: 2_000,
  ORGS: 100,
};

/**
 * An integer from `QUARTET_BENCH_<name>` (turbo passes `QUARTET_*` through), else in quick mode
 * `quick` (by default the size's quick size), else `fallback`.
 */
export function benchNumber(name: BenchSize, fallback: number, quick = quickSizes[name]): number {
  const raw = process.env[`QUARTET_BENCH_${name}`];
  const value = raw ? Number(raw) : benchQuick() ? quick : fallback;
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`QUARTET_BENCH_${name} must be a positive integer`);
  return value;
}

/** Samples the resident set size every 100 ms; `peak` is the largest seen, in MB. */
export function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20);
    },
  };
}

/** The process's peak RSS as the kernel reports it, in MB. */
export function maxRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Open file descriptors of this process now (Linux: the entries of `/proc/self/fd`). */
export function openFds(): number {
  return readdirSync("/proc/self/fd").length;
}

let collectGarbage: (() => void) | undefined;

/** The resident set size after two full garbage collections, in MB: what live objects and open files hold. */
export function settledRssMb(): number {
  if (!collectGarbage) {
    setFlagsFromString("--expose-gc");
    collectGarbage = runInNewContext("gc") as () => void;
  }
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().rss / 2 ** 20;
}
