/**
 * Benchmark helpers of the test kit (`@quartet/server/testing/bench`, re-exported by
 * `@quartet/testing/bench`): sizes from the environment, peak memory, timing, a host on a bench
 * data directory, an organisation seeded with clients, orders and payments, and the harness that
 * runs a benchmark's two sides in alternating rounds against its goals (`runBench`).
 */
export { benchNumber, benchQuick, maxRssMb, rssSampler } from "../../bench/env.ts";
export { benchOwner, log, median, seconds, timed, withBenchHost } from "../../bench/measure.ts";
export { seededOrg } from "../../bench/seeded-org.ts";
export { multiInsert } from "../../src/records/import/multi-insert.ts";
export {
  type Bench,
  type FigureResult,
  type Figures,
  figureText,
  type Goal,
  resultLine,
  runBench,
} from "./bench-harness/harness.ts";
