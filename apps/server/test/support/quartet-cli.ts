import { spawn, spawnSync } from "node:child_process";
import { closeSync, cpSync, mkdtempSync, openSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createClient } from "@libsql/client";

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

/** What a finished `quartet` run printed and returned. */
export type CliRun = { code: number | null; out: string; err: string };

const envFor = (dataDir: string, env: NodeJS.ProcessEnv) => ({
  ...process.env,
  LANG: "en_US.UTF-8",
  LC_ALL: "",
  LC_MESSAGES: "",
  QUARTET_LOCALE: "",
  QUARTET_DATA_DIR: dataDir,
  INIT_CWD: dataDir,
  LOG_LEVEL: "error",
  ...env,
});

/**
 * Runs the real `quartet` CLI (`src/cli/main.ts` through tsx) in a child process on a data
 * directory, in English unless `env` names another language.
 *
 * @example const run = quartetCli(dataDir, ["doctor"], { LANG: "ru_RU.UTF-8" })
 */
export function quartetCli(dataDir: string, args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const run = spawnSync(process.execPath, ["--import", "tsx", main, ...args], {
    encoding: "utf8",
    env: envFor(dataDir, env),
    timeout: 120_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Starts `quartet` without waiting: `done` resolves when it exits; `out` grows as it prints. */
export function startQuartetCli(dataDir: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", main, ...args], { env: envFor(dataDir, {}) });
  const run: CliRun = { code: null, out: "", err: "" };
  child.stdout.on("data", (chunk: Buffer) => {
    run.out += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    run.err += chunk.toString("utf8");
  });
  const done = new Promise<CliRun>((resolve) => child.on("close", (code) => resolve({ ...run, code })));
  return { run, done };
}

/**
 * Overwrites whole pages of a database file with 0xff, as a failing disk would; the WAL is
 * checkpointed into the file first, so the damage is not hidden behind newer copies of the pages.
 */
export async function damagePages(path: string, pages: { from: number; to: number }): Promise<void> {
  const client = createClient({ url: pathToFileURL(path).href });
  const pageSize = Number((await client.execute("PRAGMA page_size")).rows[0]?.[0]);
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  client.close();
  const fd = openSync(path, "r+");
  try {
    for (let page = pages.from; page <= pages.to; page++)
      writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** A fresh temporary directory (the caller removes it). */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `quartet-${prefix}-`));

/** A copy of a directory in a fresh temporary one. */
export function copyToTemp(dir: string, prefix: string): string {
  const copy = tempDir(prefix);
  cpSync(dir, copy, { recursive: true });
  return copy;
}
