import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { orgDatabaseUrl } from "@quartet/db";
import { afterEach, describe, expect, it } from "vitest";
import { companiesCsv } from "../fixtures/import-files.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const child = fileURLToPath(new URL("../fixtures/import-crash-child.ts", import.meta.url));
const rows = 30_000;

/** Runs the child until the import has committed at least `atLeast` rows, then SIGKILLs it. */
async function importUntilKilled(dataDir: string, csvPath: string, atLeast: number) {
  const proc = spawn(process.execPath, ["--import", "tsx", child, dataDir, csvPath], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  proc.stdout.on("data", (chunk) => {
    out += chunk;
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.on("exit", (_code, signal) => resolve(signal)),
  );
  while (!out.includes("\n")) await new Promise((r) => setTimeout(r, 5));
  const [orgId = "", importId = ""] = out.trim().split(" ");
  const db = createClient({ url: orgDatabaseUrl(dataDir, orgId) });
  for (;;) {
    const result = await db.execute({
      sql: "SELECT next_row FROM core_imports WHERE id = ?",
      args: [importId],
    });
    if (Number(result.rows[0]?.next_row ?? 0) >= atLeast) break;
    await new Promise((r) => setTimeout(r, 2));
  }
  proc.kill("SIGKILL");
  const signal = await exited;
  db.close();
  return { orgId, importId, signal, out };
}

describe("an import killed mid-way", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  it("keeps whole batches only, resumes, stops on shutdown and finishes on the next start, every row once", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "quartet-import-crash-"));
    const csvPath = join(dataDir, "big.csv");
    writeFileSync(csvPath, companiesCsv(rows));
    const { orgId, importId, signal, out } = await importUntilKilled(dataDir, csvPath, 1000);
    expect(signal).toBe("SIGKILL");
    expect(out).not.toContain("finished before the kill");

    t = await createTestHost({ dataDir });
    const handle = await t.host.orgs.get(orgId);
    const count = async (sql: string) => Number((await handle.client.execute(sql)).rows[0]?.n);
    const [job] = (await handle.client.execute(`SELECT * FROM core_imports WHERE id = '${importId}'`)).rows;
    expect(job?.status).toBe("running");
    const checkpoint = Number(job?.next_row);
    expect(checkpoint).toBeGreaterThanOrEqual(1000);
    expect(checkpoint).toBeLessThan(rows);
    expect(checkpoint % 500).toBe(0);
    expect(await count("SELECT count(*) n FROM core_clients")).toBe(checkpoint);
    expect(await count("SELECT count(*) n FROM core_client_keys")).toBe(checkpoint * 4);
    expect(Number(job?.created_count)).toBe(checkpoint);

    const caller = await t.caller(userActor("owner"), orgId);
    await caller.core.imports.resume({ importId });
    while (((await caller.core.imports.get({ importId })).nextRow ?? 0) < checkpoint + 2000)
      await new Promise((r) => setTimeout(r, 5));
    await t.close(false);

    t = await createTestHost({ dataDir });
    const stopped = await (await t.caller(userActor("owner"), orgId)).core.imports.get({ importId });
    expect(stopped).toMatchObject({ status: "running" });
    expect(stopped.nextRow).toBeLessThan(rows);
    t.host.startBackground();
    const restarted = await t.caller(userActor("owner"), orgId);
    while ((await restarted.core.imports.get({ importId })).status === "running")
      await new Promise((r) => setTimeout(r, 20));
    expect(await restarted.core.imports.get({ importId })).toMatchObject({
      status: "done",
      nextRow: rows,
      createdCount: rows,
      duplicateCount: 0,
      invalidCount: 0,
    });
    const done = await t.host.orgs.get(orgId);
    const total = async (sql: string) => Number((await done.client.execute(sql)).rows[0]?.n);
    expect(await total("SELECT count(*) n FROM core_clients")).toBe(rows);
    expect(await total("SELECT count(DISTINCT inn) n FROM core_clients")).toBe(rows);
    expect(await total("SELECT count(*) n FROM core_client_keys")).toBe(rows * 4);
    expect(await total("SELECT count(*) n FROM core_client_tags")).toBe(rows * 2);
    const names = await done.client.execute("SELECT name FROM core_clients");
    const numbers = names.rows.map((r) => Number(/\d+/.exec(String(r.name))?.[0])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: rows }, (_, i) => i));
  }, 120_000);
});
