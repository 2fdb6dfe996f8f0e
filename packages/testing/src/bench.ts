/** Benchmark helpers for a plugin's `bench/` scripts: see `@quartet/server/testing/bench`. */
export * from "@quartet/server/testing/bench";
