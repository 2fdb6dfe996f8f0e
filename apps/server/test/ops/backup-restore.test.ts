import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { systemActor } from "@quartet/core";
import { orgDatabaseUrl } from "@quartet/db";
import { clients, contacts } from "@quartet/db/org";
import { afterEach, describe, expect, it } from "vitest";
import type { BackupManifest } from "../../src/cli/commands/ops/manifest.ts";
import { installedPlugins } from "../../src/plugins.ts";
import { quartetCli, startQuartetCli, tempDir } from "../support/quartet-cli.ts";
import { createTestHost } from "../support/test-host.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const fresh = (prefix: string) => {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
};

// The rows of one restored database file.
async function readRestored(path: string) {
  const db = createClient({ url: `file:${path}` });
  try {
    const names = (await db.execute("SELECT name FROM core_clients ORDER BY name")).rows.map((r) =>
      String(r.name),
    );
    const orphans = await db.execute(
      "SELECT count(*) AS n FROM core_clients c WHERE (SELECT count(*) FROM core_contacts k WHERE k.client_id = c.id) <> 1",
    );
    return { names, clientsWithoutOneContact: Number(orphans.rows[0]?.n) };
  } finally {
    db.close();
  }
}

describe("quartet backup and restore", () => {
  it("copies every database consistently while writes continue, and restores exactly that copy", {
    timeout: 300_000,
  }, async () => {
    const dataDir = fresh("live");
    const t = await createTestHost({ plugins: installedPlugins, dataDir });
    const quiet = await t.host.createOrganisation({ name: "ООО Тишина", slug: "quiet" });
    const busy = await t.host.createOrganisation({ name: "ООО Поток", slug: "busy" });
    await t.host.lifecycle.enable(busy.id, "first-sale", systemActor);
    const org = await t.host.runtime(busy.id);

    // The "server": a client and its contact per transaction, numbered, until the backup ends.
    let committed = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const n = committed + 1;
        const now = Date.now();
        const id = `cli_${String(n).padStart(6, "0")}`;
        await org.write(systemActor, async (scope) => {
          await scope.tx.insert(clients).values({
            ...{
              id,
              kind: "company",
              name: `Клиент ${String(n).padStart(6, "0")}`,
              nameNormalized: `клиент ${n}`,
            },
            ...{ phones: [], emails: [], tags: [], customFields: {}, stage: "lead", tier: "standard" },
            ...{ createdBy: "usr_test", createdAt: now, updatedAt: now },
          });
          await scope.tx.insert(contacts).values({
            ...{ id: `con_${n}`, clientId: id, name: "Иван", role: "director", phones: [], emails: [] },
            ...{ isPrimary: true, createdAt: now, updatedAt: now },
          });
        });
        committed = n;
        // Let the child's output and exit through between writes.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    while (committed < 20) await new Promise((resolve) => setImmediate(resolve));

    const backupDir = join(fresh("backups"), "nightly");
    const backup = startQuartetCli(dataDir, ["backup", backupDir]);
    const before = committed;
    const run = await backup.done;
    const after = committed;
    writing = false;
    await writer;
    await t.host.close();

    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/\[1\/3\] Control database → control\.db: [\d.]+ MB, \d+ rows/);
    expect(run.out).toMatch(/\[3\/3\] Organisation «ООО Поток» \(busy\) → orgs\/org_\w+\.db: /);
    expect(after).toBeGreaterThan(before);

    const manifest = JSON.parse(readFileSync(join(backupDir, "manifest.json"), "utf8")) as BackupManifest;
    expect(manifest.databases.map((d) => d.org?.slug ?? "control")).toEqual(["control", "quiet", "busy"]);
    const busyEntry = manifest.databases.find((d) => d.org?.id === busy.id);
    expect(busyEntry?.migrations).toMatchObject({
      core: expect.stringMatching(/^\d{4}_/),
      "first-sale": expect.any(String),
    });
    expect(manifest.files.map((f) => f.file)).toContain("auth-secret");

    const restoredDir = fresh("restored");
    const restore = quartetCli(restoredDir, ["restore", backupDir]);
    expect(restore.err).toBe("");
    expect(restore.code).toBe(0);
    const restored = await readRestored(join(restoredDir, "orgs", `${busy.id}.db`));
    // The copy is the database at one moment of the backup: rows 1..k with their contacts, no gap, no half transaction.
    const k = restored.names.length;
    expect(k).toBeGreaterThanOrEqual(before);
    expect(k).toBeLessThanOrEqual(after);
    expect(restored.names).toEqual(
      Array.from({ length: k }, (_, i) => `Клиент ${String(i + 1).padStart(6, "0")}`),
    );
    expect(restored.clientsWithoutOneContact).toBe(0);
    expect(busyEntry?.tables.core_clients).toBe(k);
    expect(busyEntry?.tables.core_contacts).toBe(k);

    const control = createClient({ url: `file:${join(restoredDir, "control.db")}` });
    const urls = await control.execute("SELECT id, db_url FROM organisations ORDER BY created_at");
    control.close();
    expect(urls.rows.map((r) => String(r.db_url))).toEqual([
      orgDatabaseUrl(restoredDir, quiet.id),
      orgDatabaseUrl(restoredDir, busy.id),
    ]);
    expect(readFileSync(join(restoredDir, "auth-secret"), "utf8")).toBe(
      readFileSync(join(dataDir, "auth-secret"), "utf8"),
    );
    expect(quartetCli(restoredDir, ["doctor"]).code).toBe(0);

    const again = quartetCli(restoredDir, ["restore", backupDir], { LANG: "ru_RU.UTF-8" });
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      `Каталог данных ${restoredDir} не пуст: остановите сервер и добавьте --force`,
    );
    expect(quartetCli(restoredDir, ["restore", backupDir, "--force"]).code).toBe(0);
    expect((await readRestored(join(restoredDir, "orgs", `${busy.id}.db`))).names).toHaveLength(k);
  });

  it("refuses a damaged backup, a non-empty backup directory and a libSQL server, touching nothing", {
    timeout: 180_000,
  }, async () => {
    const dataDir = fresh("small");
    const t = await createTestHost({ plugins: installedPlugins, dataDir });
    const org = await t.host.createOrganisation({ name: "ООО Ромашка", slug: "romashka" });
    await t.host.close();
    const backupDir = fresh("backup");
    writeFileSync(join(backupDir, "old.txt"), "something else");
    const refused = quartetCli(dataDir, ["backup", backupDir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${backupDir} is not empty`);

    rmSync(join(backupDir, "old.txt"));
    expect(quartetCli(dataDir, ["backup", backupDir]).code).toBe(0);
    writeFileSync(join(backupDir, "orgs", `${org.id}.db`), "not what was copied");
    const target = fresh("target");
    const damaged = quartetCli(target, ["restore", backupDir]);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toContain(`orgs/${org.id}.db does not match its checksum in manifest.json`);
    expect(quartetCli(target, ["doctor"]).out).toContain("does not exist");

    const onServer = quartetCli(dataDir, ["backup", fresh("remote")], {
      QUARTET_CONTROL_DB_URL: "libsql://control.db.example.ru",
    });
    expect(onServer.code).toBe(1);
    expect(onServer.err).toContain(
      "Control database lives on a libSQL server (libsql://control.db.example.ru): back it up and restore it with the server's own tools",
    );
  });
});
