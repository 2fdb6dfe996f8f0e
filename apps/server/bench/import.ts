import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InValue } from "@libsql/client";
import { newId, normalizeCompanyName, silentLogger, systemActor } from "@quartet/core";
import { coreMigrations, openDatabase, runMigrations } from "@quartet/db";
import { loadConfig } from "../src/config.ts";
import { createHost } from "../src/host/create-host.ts";
import { multiInsert } from "../src/records/import/multi-insert.ts";
import { benchNumber, maxRssMb, rssSampler } from "./env.ts";
import { companyRow, writeCompaniesCsv } from "./generate-companies.ts";

/** What the import benchmark measured. */
/** `maxRssMb` is the process's peak up to the end of the import (the raw load runs after it). */
export type ImportBench = {
  rows: number;
  importRowsPerSec: number;
  rawRowsPerSec: number;
  ratio: number;
  peakRssMb: number;
  maxRssMb: number;
};

// biome-ignore format: the core_clients columns the raw load fills
const columns = ["id", "kind", "name", "name_normalized", "inn", "website", "phones", "emails", "region", "city",
  "industry", "tags", "custom_fields", "stage", "tier", "created_by", "created_at", "updated_at"];

/**
 * Imports an N-row companies CSV (QUARTET_BENCH_ROWS, default 1,000,000) through the real import
 * service into a fresh organisation, then inserts the same rows with raw multi-VALUES batches (500
 * rows a statement inside `client.batch`) into the same indexed `core_clients` of another fresh
 * database; prints rows/s of both, their ratio (goal ≥ 50 %) and the import's peak RSS (≤ 300 MB).
 */
export async function benchImport(): Promise<ImportBench> {
  const rows = benchNumber("ROWS", 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), "quartet-bench-import-"));
  try {
    const csv = join(dir, "companies.csv");
    await writeCompaniesCsv(csv, rows);
    log(`generated ${rows} rows (${Math.round(statSync(csv).size / 2 ** 20)} MB)`);
    const dataDir = join(dir, "data");
    const host = await createHost({
      config: { ...loadConfig({}), dataDir },
      plugins: [],
      logger: silentLogger,
    });
    const org = await host.createOrganisation({ name: "Bench" });
    const ctx = { org: await host.runtime(org.id), actor: { ...systemActor, id: "bench" } };
    log(
      `host ready: rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB, maxRSS so far ${maxRssMb()} MB`,
    );
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
    const importSeconds = (performance.now() - started) / 1000;
    const peakRssMb = memory.stop();
    const job = await host.imports.get(org.id, created.importId);
    if (job.status !== "done" || job.createdCount !== rows)
      throw new Error(`import ended ${job.status} with ${job.createdCount} rows`);
    await host.close();
    const importRowsPerSec = Math.round(rows / importSeconds);
    log(`import: ${importRowsPerSec} rows/s; now the raw load`);
    const importMaxRss = maxRssMb();
    const rawRowsPerSec = await rawLoad(join(dir, "raw.db"), rows);
    log(
      `raw load: ${rawRowsPerSec} rows/s; maxRSS after the import ${importMaxRss} MB, after the raw load ${maxRssMb()} MB`,
    );
    return {
      rows,
      importRowsPerSec,
      rawRowsPerSec,
      ratio: importRowsPerSec / rawRowsPerSec,
      peakRssMb,
      maxRssMb: importMaxRss,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function rawLoad(path: string, rows: number): Promise<number> {
  const handle = await openDatabase({ url: `file:${path}` });
  await runMigrations(handle, [coreMigrations]);
  const started = performance.now();
  for (let i = 0; i < rows; i += 500) {
    const now = Date.now();
    const batch: InValue[][] = [];
    for (let j = i; j < Math.min(i + 500, rows); j++) {
      const [name = "", inn, phone, email, site, region, city, industry, tags = ""] = companyRow(j);
      // biome-ignore format: one value per column
      batch.push([newId("cli", now), "company", name, normalizeCompanyName(name), inn ?? null, site ? site.slice(12) : null,
        JSON.stringify([phone]), JSON.stringify([email]), region ?? null, city ?? null, industry ?? null,
        JSON.stringify(tags.split(", ")), "{}", "prospect", "standard", "bench", now, now]);
    }
    await handle.client.batch(multiInsert("core_clients", columns, batch), "write");
  }
  const seconds = (performance.now() - started) / 1000;
  await handle.close();
  return Math.round(rows / seconds);
}

function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

if (process.argv[1]?.endsWith("import.ts")) {
  const result = await benchImport();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
