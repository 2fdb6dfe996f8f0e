/**
 * Benchmark helpers of the test kit (`@quartet/server/testing/bench`, re-exported by
 * `@quartet/testing/bench`): sizes from the environment, peak memory, timing, a host on a bench
 * data directory and an organisation seeded with clients, orders and payments.
 */
export { benchNumber, maxRssMb, rssSampler } from "../../bench/env.ts";
export { benchOwner, log, median, seconds, timed, withBenchHost } from "../../bench/measure.ts";
export { seededOrg } from "../../bench/seeded-org.ts";
export { multiInsert } from "../../src/records/import/multi-insert.ts";
