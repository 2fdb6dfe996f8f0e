import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { installedPlugins } from "../src/plugins.ts";
import type { Figures } from "../test/support/bench-harness/harness.ts";
import { openFds, settledRssMb } from "./env.ts";
import { createBenchHost } from "./measure.ts";
import { readFleet, touchers } from "./orgs-fleet.ts";

/**
 * One sweep over the fleet in `dataDir`, in this process, on a host whose cache holds `cap`: with
 * the code warmed and no organisation open, touches the first `cap` (the cache fills), then the
 * rest in turn (each evicts the least recently used). Memory and descriptors per open organisation
 * are the growth from none open to a full cache; past a full cache the peak of open descriptors is
 * compared with a full cache's, and once the evicted ones are closed none may be left over.
 */
export async function sweep(dataDir: string, cap: number): Promise<Figures> {
  const fleet = readFleet(dataDir);
  const host = await createBenchHost(dataDir, installedPlugins, { orgDbCacheSize: cap });
  try {
    const touch = touchers(host, fleet);
    await touch[0]?.(); // the app's code loaded and warmed
    await host.orgs.invalidate(fleet[0]?.orgId ?? "");
    const [rssNone, fdsNone] = [settledRssMb(), openFds()];
    for (const t of touch.slice(0, cap)) await t();
    const [rssFull, fdsFull] = [settledRssMb(), openFds()];
    let fdsPeak = fdsFull;
    for (const t of touch.slice(cap)) {
      await t();
      fdsPeak = Math.max(fdsPeak, openFds());
    }
    await host.orgs.closed();
    return {
      "MB/open org": (rssFull - rssNone) / cap,
      "fds/open org": (fdsFull - fdsNone) / cap,
      "peak fds ÷ full cache's": (fdsPeak - fdsNone) / (fdsFull - fdsNone),
      "fds left past a full cache": openFds() - fdsFull,
      "MB past a full cache": settledRssMb() - rssFull,
    };
  } finally {
    await host.close();
  }
}

const run = promisify(execFile);

/** `sweep` in a fresh process (its memory untouched by earlier rounds); its figures. */
export async function sweepInChild(dataDir: string, cap: number): Promise<Figures> {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, dataDir, String(cap)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 2 ** 20 });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Figures;
}

if (process.argv[1]?.endsWith("orgs-sweep.ts")) {
  const [dataDir = "", cap = ""] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(await sweep(dataDir, Number(cap)))}\n`);
}
