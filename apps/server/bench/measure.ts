import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { loadConfig, type ServerConfig } from "../src/config.ts";
import { createHost, type Host } from "../src/host/create-host.ts";

/** The system actor a benchmark enables plugins as. */
export const benchOwner = {
  kind: "system" as const,
  id: "bench",
  name: "Bench",
  role: "system",
  permissions: new Set(["*"]),
};

/** Prints one line of a benchmark's report. */
export const log = (line: string) => process.stdout.write(`${line}\n`);

/** Milliseconds as seconds with two decimals: `1234` → `"1.23 s"`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs `fn` once and returns its value with the milliseconds it took. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The median of `runs` timings of `fn`, in milliseconds. */
export async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(fn)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** A real host over `dataDir` with `plugins`, quiet; `config` overrides the defaults (e.g. `orgDbCacheSize`). */
export function createBenchHost(
  dataDir: string,
  plugins: readonly AnyPlugin[],
  config: Partial<ServerConfig> = {},
): Promise<Host> {
  return createHost({
    config: { ...loadConfig({}), dataDir, adminDir: join(dataDir, "no-admin"), ...config },
    plugins,
    logger: silentLogger,
  });
}

/** A fresh temporary data directory for benchmark `name`. */
export const benchDataDir = (name: string) => mkdtempSync(join(tmpdir(), `quartet-bench-${name}-`));

/** Runs `fn` with a real host (`createBenchHost`) over a fresh temporary data directory, closed and removed afterwards. */
export async function withBenchHost(
  name: string,
  plugins: readonly AnyPlugin[],
  fn: (host: Host) => Promise<void>,
  config: Partial<ServerConfig> = {},
): Promise<void> {
  const dataDir = benchDataDir(name);
  const host = await createBenchHost(dataDir, plugins, config);
  try {
    await fn(host);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
