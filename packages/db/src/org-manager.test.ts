import { existsSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, filePathOf, orgDatabaseUrl } from "./client.ts";
import { coreMigrations, runMigrations } from "./migrate.ts";
import { OrgDatabaseManager, type OrgDatabaseManagerOptions } from "./org-manager.ts";
import { filesHeldOpen } from "./test-open-files.ts";
import { tempDir } from "./test-temp-dir.ts";
import { writeTransaction } from "./write-transaction.ts";

const managers: OrgDatabaseManager[] = [];
afterEach(async () => {
  for (const manager of managers.splice(0)) await manager.closeAll();
});

function setup(cap: number, overrides: Partial<OrgDatabaseManagerOptions> = {}) {
  const dataDir = tempDir("orgs");
  const calls = { resolve: [] as string[], onOpen: [] as string[] };
  const manager = new OrgDatabaseManager({
    cap,
    resolve: async (orgId) => {
      calls.resolve.push(orgId);
      return { url: orgDatabaseUrl(dataDir, orgId) };
    },
    onOpen: async (handle, orgId) => {
      calls.onOpen.push(orgId);
      await runMigrations(handle, [coreMigrations]);
    },
    ...overrides,
  });
  managers.push(manager);
  return { manager, calls, dataDir };
}

const isOpen = (handle: DatabaseHandle) => !handle.client.closed;

describe("OrgDatabaseManager", () => {
  it("opens an organisation's database once, migrated, for any number of concurrent callers", async () => {
    const { manager, calls, dataDir } = setup(4);
    const handles = await Promise.all(Array.from({ length: 10 }, () => manager.create("org_a")));
    expect(new Set(handles).size).toBe(1);
    expect(calls).toEqual({ resolve: ["org_a"], onOpen: ["org_a"] });
    expect(existsSync(join(dataDir, "orgs", "org_a.db"))).toBe(true);
    const tables = await handles[0]?.db.all(sql`SELECT name FROM sqlite_master WHERE name = 'core_outbox'`);
    expect(tables).toHaveLength(1);
    expect(await manager.get("org_a")).toBe(handles[0]);
    expect(manager.size).toBe(1);
  });

  it("closes the least recently used database beyond the cap", async () => {
    const { manager, calls } = setup(2);
    const a = await manager.create("org_a");
    const b = await manager.create("org_b");
    await manager.get("org_a"); // a is now more recent than b
    const c = await manager.create("org_c");
    await manager.closed(); // the eviction closes b once its (idle) lock lets it
    expect(manager.size).toBe(2);
    expect([isOpen(a), isOpen(b), isOpen(c)]).toEqual([true, false, true]);
    const reopened = await manager.get("org_b");
    expect(reopened).not.toBe(b);
    expect(isOpen(reopened)).toBe(true);
    expect(calls.onOpen).toEqual(["org_a", "org_b", "org_c", "org_b"]);
  });

  it("lets an evicted database finish its pending write before closing it", async () => {
    const { manager } = setup(1);
    const a = await manager.create("org_a");
    let finishWrite!: () => void;
    const writing = writeTransaction(a, async (tx) => {
      await new Promise<void>((resolve) => (finishWrite = resolve));
      await tx.run(sql`INSERT INTO core_jobs (plugin_id, name, next_run_at) VALUES ('core', 'dispatch', 1)`);
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await manager.create("org_b"); // evicts org_a while its write is open
    expect(isOpen(a)).toBe(true);
    finishWrite();
    await writing;
    const reopened = await manager.get("org_a"); // waits for the old handle to close
    expect(isOpen(a)).toBe(false);
    expect((await reopened.client.execute("SELECT count(*) AS n FROM core_jobs")).rows[0]?.n).toBe(1);
  });

  it("does not cache a database whose onOpen failed, and retries on the next get", async () => {
    let failures = 1;
    const { manager, calls } = setup(2, {
      onOpen: async (handle, orgId) => {
        calls.onOpen.push(orgId);
        if (failures-- > 0) throw new Error("migration failed");
        await runMigrations(handle, [coreMigrations]);
      },
    });
    await expect(Promise.all([manager.create("org_a"), manager.create("org_a")])).rejects.toThrow(
      "migration failed",
    );
    expect(manager.size).toBe(0);
    const handle = await manager.create("org_a");
    expect(isOpen(handle)).toBe(true);
    expect(calls.onOpen).toEqual(["org_a", "org_a"]);
  });

  it("invalidate closes and forgets one database; closeAll closes the rest and refuses new gets", async () => {
    const { manager } = setup(3);
    const a = await manager.create("org_a");
    const b = await manager.create("org_b");
    await manager.invalidate("org_a");
    expect(isOpen(a)).toBe(false);
    expect(manager.size).toBe(1);
    await manager.closeAll();
    expect(isOpen(b)).toBe(false);
    expect(manager.size).toBe(0);
    await expect(manager.get("org_b")).rejects.toThrow(/closed/);
  });

  it("lets go of an evicted database's files at once: no descriptor left, its WAL merged", async () => {
    const { manager, dataDir } = setup(1);
    const a = await manager.create("org_a");
    for (let i = 0; i < 20; i++) {
      await writeTransaction(a, (tx) =>
        tx.run(sql`INSERT INTO core_jobs (plugin_id, name, next_run_at) VALUES ('core', ${`job ${i}`}, 1)`),
      );
    }
    await manager.create("org_b"); // evicts org_a
    await manager.closed();
    const file = join(dataDir, "orgs", "org_a.db");
    const held = filesHeldOpen(file);
    expect(held).toEqual([]);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it("refuses a cap below one", () => {
    expect(() => setup(0)).toThrow(/cap/);
  });

  it("opens the URL the resolver returns", async () => {
    const { manager, dataDir } = setup(1);
    const handle = await manager.create("org_x");
    expect(filePathOf(handle.url)).toBe(join(dataDir, "orgs", "org_x.db"));
  });
});
