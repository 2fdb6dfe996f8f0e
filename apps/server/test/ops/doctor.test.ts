import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { systemActor } from "@quartet/core";
import { coreMigrations, filePathOf, openDatabase, runMigrations } from "@quartet/db";
import { afterEach, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { copyToTemp, damagePages, quartetCli, tempDir } from "../support/quartet-cli.ts";
import { createTestHost } from "../support/test-host.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// An instance of three organisations (first sale enabled in the first), the host closed; their files by slug.
async function instance() {
  const dataDir = tempDir("doctor");
  dirs.push(dataDir);
  const t = await createTestHost({ plugins: installedPlugins, dataDir });
  const files: Record<string, string> = {};
  for (const slug of ["alpha", "bravo", "charlie"]) {
    const org = await t.host.createOrganisation({ name: `ООО ${slug}`, slug });
    files[slug] = filePathOf(org.dbUrl) ?? "";
  }
  await t.host.lifecycle.enable((await t.host.organisations.get("alpha")).id, "first-sale", systemActor);
  await t.host.close();
  return { dataDir, files };
}

// Core's migrations without the newest one: a database one release behind this build.
function coreOneReleaseBehind(): { folder: string; newest: string } {
  const folder = copyToTemp(coreMigrations.folder, "migrations");
  dirs.push(folder);
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const newest = journal.entries.pop()?.tag ?? "";
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, newest };
}

describe("quartet doctor", () => {
  it("passes a healthy instance with exit code 0", { timeout: 120_000 }, async () => {
    const { dataDir } = await instance();
    const run = quartetCli(dataDir, ["doctor"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /Control database .*\n {2}✓ healthy: integrity, foreign keys, migrations control \d{4}_/,
    );
    expect(run.out).toMatch(
      /Organisation «ООО alpha» \(alpha\) .*\n {2}✓ healthy: .*core \d{4}_[\w-]+, first-sale \d{4}_/,
    );
    expect(run.out).toContain("All 4 databases are healthy");
  });

  it("names a damaged and a missing organisation database in Russian, with the fix, and exits 1", {
    timeout: 120_000,
  }, async () => {
    const { dataDir, files } = await instance();
    await damagePages(files.alpha ?? "", { from: 10, to: 20 });
    rmSync(files.bravo ?? "");
    const run = quartetCli(dataDir, ["doctor"], { LANG: "ru_RU.UTF-8" });
    expect(run.code).toBe(1);
    const [, alpha = "", bravo = "", charlie = ""] = run.out.split(/^(?=Организация)/m);
    expect(alpha).toMatch(/^Организация «ООО alpha» \(alpha\)/);
    expect(alpha).toMatch(/✗ (Базу не удаётся прочитать: SQLITE_CORRUPT|Проверка целостности нашла)/);
    expect(alpha).toContain(
      `что делать: Остановите сервер и верните эту базу из последней резервной копии; спасти читаемое можно так: sqlite3 ${files.alpha} .recover`,
    );
    expect(bravo).toContain(`✗ Файла базы ${files.bravo} нет`);
    expect(bravo).toContain("что делать: Остановите сервер и верните файл из последней резервной копии");
    expect(charlie).toMatch(/✓ в порядке/);
    expect(run.out).toContain("Проблем: 2, затронуто баз: 2 из 4");
    expect(run.out).not.toMatch(/healthy|problem/i);
  });

  it("names the migrations a database lacks, and quartet migrate fixes it", {
    timeout: 180_000,
  }, async () => {
    const { dataDir, files } = await instance();
    const behind = coreOneReleaseBehind();
    rmSync(files.charlie ?? "");
    const handle = await openDatabase({ url: `file:${files.charlie}` });
    await runMigrations(handle, [{ owner: "core", folder: behind.folder }]);
    await handle.close();

    const before = quartetCli(dataDir, ["doctor"]);
    expect(before.code).toBe(1);
    expect(before.out).toContain(`✗ 1 migration of core is not applied: ${behind.newest}`);
    expect(before.out).toContain("fix: Run quartet migrate");
    expect(before.out).toContain("Problems: 1 in 1 of 4 databases");

    expect(quartetCli(dataDir, ["migrate"]).code).toBe(0);
    const after = quartetCli(dataDir, ["doctor"]);
    expect(after.code).toBe(0);
    expect(after.out).toContain(`core ${behind.newest}`);
  });
});
