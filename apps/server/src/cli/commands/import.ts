import { createReadStream, createWriteStream } from "node:fs";
import { basename, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { systemActor } from "@quartet/core";
import { SingleBar } from "cli-progress";
import type { Host } from "../../host/create-host.ts";
import { csvResponse } from "../../records/export/csv-response.ts";
import { duplicateChoices } from "../../records/import/duplicate-choice.ts";
import { importErrorColumns, importErrorRows } from "../../records/import/error-report.ts";
import { wordStored } from "../../records/import/list-imports.ts";
import type { ImportProgress } from "../../records/import/progress.ts";
import { fail, printTable } from "../output.ts";

const cliActor = { ...systemActor, id: "cli", name: "quartet CLI" };
type Flags = { org?: string; "on-duplicate"?: string; "dry-run"?: boolean };

/** `quartet import clients FILE --org ORG [--on-duplicate skip|create|update|attach] [--dry-run]`, with a progress bar. */
export async function importCommand(host: Host, args: string[], flags: Flags): Promise<void> {
  const [what, file] = args;
  const onDuplicate = duplicateChoices.find((choice) => choice === (flags["on-duplicate"] ?? "skip"));
  if (what !== "clients" || !file || !flags.org || !onDuplicate)
    return fail(
      `usage: quartet import clients FILE --org ORG [--on-duplicate ${duplicateChoices.join("|")}] [--dry-run]`,
    );
  const orgId = (await host.organisations.get(flags.org)).id;
  const ctx = { org: await host.runtime(orgId), actor: cliActor };
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const created = await host.imports.create(ctx, { body: createReadStream(path), fileName: basename(path) });
  process.stdout.write(
    `${created.fileName}: ${created.encoding}, delimiter ${JSON.stringify(created.delimiter)}\n`,
  );
  printTable(created.mapping.map((m) => ({ column: m.header, field: m.field ?? "(ignored)" })));
  const mapping = Object.fromEntries(created.mapping.map((m) => [m.header, m.field]));
  const bar = progressBar();
  const timer = setInterval(() => bar.show(host.imports.progress(created.importId)), 200);
  try {
    if (flags["dry-run"]) {
      const report = await host.imports.dryRun(ctx, { importId: created.importId, mapping, onDuplicate });
      bar.done(host.imports.progress(created.importId));
      process.stdout.write(
        `dry run: ${report.total} rows: ${report.new} new, ${report.duplicate} duplicate, ${report.invalid} invalid, ${report.warned} with warnings\n`,
      );
      if (report.errors.length > 0) printTable(report.errors.slice(0, 20));
      await host.imports.cancel(ctx, created.importId);
      return;
    }
    await host.imports.start(ctx, { importId: created.importId, mapping, onDuplicate });
    await host.imports.wait(created.importId);
    bar.done(host.imports.progress(created.importId));
  } finally {
    clearInterval(timer);
  }
  const job = await host.imports.get(orgId, created.importId);
  process.stdout.write(
    `import ${job.id}: ${job.status}; ${job.createdCount} created, ${job.duplicateCount} duplicate, ${job.invalidCount} invalid, ${job.warnedCount} with warnings\n`,
  );
  if (job.error) process.stdout.write(`error: ${wordStored("en", job.error)}\n`);
  if (job.duplicateCount + job.invalidCount + job.warnedCount > 0) {
    const report = resolve(process.env.INIT_CWD ?? process.cwd(), `${basename(path, ".csv")}-errors.csv`);
    // Written by the CLI, not for a viewer: worded in the organisation's language.
    const { locale } = await host.organisations.get(orgId);
    const body = csvResponse(importErrorRows(await host.orgs.get(orgId), job, locale), importErrorColumns, {
      fileName: basename(report),
      locale,
    }).body;
    if (body) await pipeline(Readable.fromWeb(body as never), createWriteStream(report));
    process.stdout.write(`error report: ${report}\n  (also GET /api/v1/imports/${job.id}/errors.csv)\n`);
  }
}

function progressBar() {
  const bar = new SingleBar({
    format: "{bar} {percentage}% | {rows} rows | {speed} rows/s | ETA {eta}",
    hideCursor: true,
  });
  let started = false;
  const payload = (p: ImportProgress) => ({
    rows: p.rows,
    speed: p.rowsPerSecond,
    eta: p.etaSeconds === null ? "—" : `${p.etaSeconds}s`,
  });
  return {
    show(p: ImportProgress | null) {
      if (!p) return;
      if (!started) bar.start(100, 0, payload(p));
      started = true;
      bar.update(Math.floor(p.percent), payload(p));
    },
    done(p: ImportProgress | null) {
      this.show(p);
      if (started) bar.stop();
    },
  };
}
