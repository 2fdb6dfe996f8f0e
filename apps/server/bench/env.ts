/** Whether `QUARTET_BENCH_QUICK=1` asks for every benchmark small (CI: they run, figures not judged). */
export const benchQuick = (env = process.env) => env.QUARTET_BENCH_QUICK === "1";

/**
 * An integer from `QUARTET_BENCH_<name>` (turbo passes `QUARTET_*` through), else `quick` in quick
 * mode (when given), else `fallback`.
 */
export function benchNumber(
  name: "ROWS" | "LIST_ROWS" | "SECONDS" | "CLIENTS" | "LINES" | "ORDERS" | "ORGS",
  fallback: number,
  quick?: number,
): number {
  const raw = process.env[`QUARTET_BENCH_${name}`];
  const value = raw ? Number(raw) : benchQuick() && quick !== undefined ? quick : fallback;
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
