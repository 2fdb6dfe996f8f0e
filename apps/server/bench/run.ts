import { benchClientsList } from "./clients-list.ts";
import { benchHome } from "./home.ts";
import { benchImport } from "./import.ts";
import { log, seconds } from "./measure.ts";
import { benchOrgs } from "./orgs.ts";
import { benchSearch } from "./search.ts";
import { benchStartup } from "./startup.ts";
import { benchWriteQueue } from "./write-queue.ts";

/**
 * `pnpm bench` in apps/server: every server benchmark, one after another. Each runs its sides
 * through the harness (`runBench`), which prints its rounds and writes its results for the summary
 * table the root `pnpm bench` prints at the end; a benchmark not on the harness yet returns its
 * figures, printed here as they are. Sizes from QUARTET_BENCH_* (`QUARTET_BENCH_QUICK=1`: all small).
 */
const benchmarks: [string, () => Promise<unknown>][] = [
  ["import of a companies CSV vs raw multi-VALUES inserts", benchImport],
  ["core.clients.list through the app vs the same query on raw libSQL", benchClientsList],
  ["fragment search of clients (FTS5 trigram index)", benchSearch],
  ["50 concurrent write transactions through the write lock vs sequential raw ones", benchWriteQueue],
  ["the home page's reads at 1,000,000 vs 10,000 activities", benchHome],
  ["a thousand organisations touched in turn through the app", benchOrgs],
  ["the server's start, compiled vs the sources through tsx", benchStartup],
];

for (const [title, bench] of benchmarks) {
  log(`\n== ${title}`);
  const started = performance.now();
  const result = await bench();
  if (!Array.isArray(result)) log(JSON.stringify(result, null, 2));
  log(`(${seconds(performance.now() - started)})`);
}
