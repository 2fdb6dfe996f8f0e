import { createReadStream, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger, systemActor } from "@quartet/core";
import { coreMigrations, openDatabase, runMigrations } from "@quartet/db";
import { loadConfig } from "../src/config.ts";
import { createHost } from "../src/host/create-host.ts";
import { type FigureResult, runBench } from "../test/support/bench-harness/harness.ts";
import { benchNumber, maxRssMb, rssSampler } from "./env.ts";
import { writeCompaniesCsv } from "./generate-companies.ts";
import { type RawRows, rawCompanies } from "./raw-companies.ts";
import { measureStorage, storageLine } from "./storage.ts";

/**
 * Imports an N-row companies CSV (QUARTET_BENCH_ROWS, default 1,000,000; 2,000 quick) through the
 * real import service into a fresh organisation, and, alternately in rounds, writes the same rows
 * raw (`rawCompanies`: multi-VALUES batches of 500 rows a transaction into a fresh database) —
 * clients, keys, tags, stage history and search rows ("rows/s", goal ≥ 70 %), and the client rows
 * alone ("client rows/s", for reference). Also the import's peak RSS (≤ 300 MB, flat in the row
 * count) and the organisation database's bytes per imported client once vacuumed (≤ 1 KB; the
 * baseline's database holds the same rows, so its figure is alike).
 */
export async function benchImport(): Promise<FigureResult[]> {
  const rows = benchNumber("ROWS", 1_000_000, 2_000);
  const dir = mkdtempSync(join(tmpdir(), "quartet-bench-import-"));
  try {
    const csv = join(dir, "companies.csv");
    await writeCompaniesCsv(csv, rows);
    log(`generated ${rows} rows (${Math.round(statSync(csv).size / 2 ** 20)} MB)`);
    return await runBench({
      name: "CSV import",
      ours: (round) => importOnce(join(dir, `import-${round}`), csv, rows),
      baseline: (round) => rawOnce(join(dir, `raw-${round}`), rows),
      goals: [
        {
          metric: "rows/s",
          ratioAtLeast: 0.7,
          note: "the raw side writes the same rows: clients, keys, tags, stage history, search",
        },
        { metric: "client rows/s", note: "for reference: the raw side writes the client rows alone" },
        { metric: "peak RSS MB", atMost: 300 },
        {
          metric: "bytes/client",
          atMost: 1024,
          note: "the organisation database once vacuumed, per imported client",
        },
      ],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One import of the file into a fresh organisation: its speed, peak RSS and storage.
async function importOnce(dataDir: string, csv: string, rows: number) {
  const host = await createHost({
    config: { ...loadConfig({}), dataDir },
    plugins: [],
    logger: silentLogger,
  });
  const org = await host.createOrganisation({ name: "Bench" });
  try {
    const ctx = { org: await host.runtime(org.id), actor: { ...systemActor, id: "bench" } };
    const memory = rssSampler();
    const created = await host.imports.create(ctx, {
      body: createReadStream(csv),
      fileName: "companies.csv",
    });
    const mapping = Object.fromEntries(created.mapping.map((m) => [m.header, m.field]));
    const started = performance.now();
    await host.imports.start(ctx, { importId: created.importId, mapping, onDuplicate: "skip" });
    const ticker = setInterval(() => {
      const p = host.imports.progress(created.importId);
      if (p) log(`import ${p.percent}% ${p.rows} rows ${p.rowsPerSecond} rows/s`);
    }, 10_000);
    await host.imports.wait(created.importId);
    clearInterval(ticker);
    const perSec = rows / ((performance.now() - started) / 1000);
    const peak = memory.stop();
    const job = await host.imports.get(org.id, created.importId);
    if (job.status !== "done" || job.createdCount !== rows)
      throw new Error(`import ended ${job.status} with ${job.createdCount} rows`);
    await host.close();
    const storage = await measureStorage(join(dataDir, "orgs", `${org.id}.db`));
    log(`import: ${storageLine(storage)}; process maxRSS ${maxRssMb()} MB`);
    return {
      "rows/s": perSec,
      "client rows/s": perSec,
      "peak RSS MB": peak,
      "bytes/client": storage.bytes / rows,
    };
  } finally {
    await host.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// The same rows raw, every row the import writes, then the client rows alone (each into a fresh database).
async function rawOnce(dir: string, rows: number) {
  const full = await rawLoad(join(dir, "full"), rows, "full");
  const clients = await rawLoad(join(dir, "clients"), rows, "clients");
  return { "rows/s": full.perSec, "client rows/s": clients.perSec, "bytes/client": full.bytes / rows };
}

async function rawLoad(dir: string, rows: number, what: RawRows) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "raw.db");
  const handle = await openDatabase({ url: `file:${path}` });
  try {
    await runMigrations(handle, [coreMigrations]);
    const started = performance.now();
    await rawCompanies(handle.client, 0, rows, what);
    const perSec = rows / ((performance.now() - started) / 1000);
    await handle.close();
    const { bytes } = await measureStorage(path);
    return { perSec, bytes };
  } finally {
    await handle.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

if (process.argv[1]?.endsWith("import.ts")) await benchImport();
