import { benchClientsList } from "./clients-list.ts";
import { benchHome } from "./home.ts";
import { benchImport } from "./import.ts";
import { benchStartup } from "./startup.ts";
import { benchWriteQueue } from "./write-queue.ts";

// `pnpm bench`: the import benchmark, then the clients-list one; sizes from QUARTET_BENCH_* (see bench/README.md).
const pct = (x: number) => `${Math.round(x * 100)} %`;

process.stdout.write("import of a companies CSV vs raw multi-VALUES inserts\n");
const load = await benchImport();
process.stdout.write(
  `  rows ${load.rows}: import ${load.importRowsPerSec} rows/s, raw ${load.rawRowsPerSec} rows/s, ratio ${pct(load.ratio)} (goal ≥ 50 %)\n` +
    `  peak RSS during the import ${load.peakRssMb} MB (sampled every 100 ms), process maxRSS ${load.maxRssMb} MB (goal ≤ 300 MB)\n`,
);
process.stdout.write("core.clients.list through the app vs the same query on raw libSQL\n");
const list = await benchClientsList();
process.stdout.write(
  `  app ${list.app.requestsPerSec} req/s p99 ${list.app.p99Ms} ms; raw ${list.raw.requestsPerSec} req/s p99 ${list.raw.p99Ms} ms\n` +
    `  ratio ${pct(list.ratio)} (goal ≥ 75 %), p99 ${list.p99Ratio.toFixed(2)}× (goal ≤ 1.5×)\n`,
);
process.stdout.write(
  "50 concurrent write transactions through the write lock vs sequential raw libSQL transactions\n",
);
const queue = await benchWriteQueue();
process.stdout.write(
  `  host ${queue.host.perSec} tx/s, longest event-loop gap ${queue.host.gapMs.toFixed(1)} ms; raw ${queue.raw.perSec} tx/s, longest gap ${queue.raw.gapMs.toFixed(1)} ms; ratio ${pct(queue.ratio)}\n`,
);
process.stdout.write(
  "the home page's reads (home, monitor, history, readiness) at 10,000 vs 1,000,000 activities (the same week's work)\n",
);
const home = await benchHome();
process.stdout.write(
  `  ${home.smallMs.toFixed(1)} ms vs ${home.largeMs.toFixed(1)} ms: ratio ${home.ratio.toFixed(2)}× (goal ≤ 2×)\n`,
);
process.stdout.write("the server's start, compiled vs the sources through tsx: time to /healthz, idle RSS\n");
await benchStartup();
