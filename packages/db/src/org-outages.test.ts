import {
  closeSync,
  existsSync,
  openSync,
  renameSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { databaseMessages, domainErrorIn } from "@quartet/core";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { orgDatabaseUrl } from "./client.ts";
import { coreMigrations, runMigrations } from "./migrate.ts";
import { OrgDatabaseManager } from "./org-manager.ts";
import type { OrgOutage } from "./org-outages.ts";
import { filesHeldOpen } from "./test-open-files.ts";
import { tempDir } from "./test-temp-dir.ts";
import { writeTransaction } from "./write-transaction.ts";

const managers: OrgDatabaseManager[] = [];
afterEach(async () => {
  for (const manager of managers.splice(0)) await manager.closeAll();
});

function setup(options: { cap?: number; connections?: number } = {}) {
  const dataDir = tempDir("outages");
  const told: OrgOutage[] = [];
  const resolved: string[] = [];
  let clock = 1_000;
  const manager = new OrgDatabaseManager({
    cap: options.cap ?? 4,
    connections: options.connections,
    resolve: async (orgId) => {
      resolved.push(orgId);
      return { url: orgDatabaseUrl(dataDir, orgId) };
    },
    onOpen: (handle) => runMigrations(handle, [coreMigrations]),
    onOutage: (outage) => told.push(outage),
    now: () => clock++,
  });
  managers.push(manager);
  const file = (orgId: string) => join(dataDir, "orgs", `${orgId}.db`);
  return { manager, told, resolved, file };
}

/** Rejects with the 503 of `key` (also when drizzle wrapped it in its query error). */
async function expectUnavailable(promise: Promise<unknown>, key: string) {
  const error = await promise.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  expect(domainErrorIn(error)).toMatchObject({ code: "UNAVAILABLE", key });
}

const countJobs = async (manager: OrgDatabaseManager, orgId: string) =>
  (await (await manager.get(orgId)).client.execute("SELECT count(*) AS n FROM core_jobs")).rows[0]?.n;

async function fill(manager: OrgDatabaseManager, orgId: string, rows: number) {
  const handle = await manager.get(orgId);
  for (let i = 0; i < rows; i++) {
    await writeTransaction(handle, (tx) =>
      tx.run(
        sql`INSERT INTO core_jobs (plugin_id, name, next_run_at) VALUES ('core', ${`job ${i} ${"x".repeat(2000)}`}, 1)`,
      ),
    );
  }
}

describe("OrgDatabaseManager and a missing or damaged database", () => {
  it("never creates a missing file on get: 503 each time, told once, back once the file is", async () => {
    const { manager, told, file } = setup();
    await manager.create("org_a");
    await fill(manager, "org_a", 3);
    await manager.invalidate("org_a");
    const kept = `${file("org_a")}.kept`;
    renameSync(file("org_a"), kept);

    await expectUnavailable(manager.get("org_a"), databaseMessages.orgMissing);
    await expectUnavailable(manager.get("org_a"), databaseMessages.orgMissing);
    expect(existsSync(file("org_a"))).toBe(false);
    expect(told).toEqual([
      expect.objectContaining({ orgId: "org_a", reason: "missing", since: expect.any(Number) }),
    ]);
    expect(manager.outages().map((outage) => outage.orgId)).toEqual(["org_a"]);

    renameSync(kept, file("org_a"));
    expect(await countJobs(manager, "org_a")).toBe(3);
    expect(manager.outages()).toEqual([]);
  });

  it("refuses an empty file as damaged instead of migrating it into an empty database", async () => {
    const { manager, file } = setup();
    await manager.create("org_a");
    await manager.invalidate("org_a");
    writeFileSync(file("org_a"), "");
    await expectUnavailable(manager.get("org_a"), databaseMessages.orgCorrupt);
    expect(statSync(file("org_a")).size).toBe(0);
  });

  it("takes down a database with garbage over its header until invalidated; the others keep serving", async () => {
    const { manager, told, resolved, file } = setup();
    await manager.create("org_a");
    await manager.create("org_b");
    await manager.invalidate("org_a");
    const fd = openSync(file("org_a"), "r+");
    writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
    closeSync(fd);

    await expectUnavailable(manager.get("org_a"), databaseMessages.orgCorrupt);
    const opens = resolved.length;
    await expectUnavailable(manager.get("org_a"), databaseMessages.orgCorrupt);
    expect(resolved).toHaveLength(opens); // refused without touching the file again
    expect(told.map((outage) => [outage.orgId, outage.reason])).toEqual([["org_a", "corrupt"]]);
    expect(await countJobs(manager, "org_b")).toBe(0);

    await manager.invalidate("org_a"); // what a restore does: the next get opens the file again
    expect(manager.outages()).toEqual([]);
    await expectUnavailable(manager.get("org_a"), databaseMessages.orgCorrupt);
  });

  it("takes down an open database when a query meets a damaged page, and closes it", async () => {
    const { manager, told, file } = setup();
    await manager.create("org_a");
    await fill(manager, "org_a", 60);
    await manager.invalidate("org_a"); // checkpoints the WAL into the file
    const handle = await manager.get("org_a");
    truncateSync(file("org_a"), 2 * 4096); // the header and one more page are left

    // Met inside a write transaction: the guard sees the transaction's queries too.
    await expectUnavailable(
      writeTransaction(handle, (tx) => tx.all(sql`SELECT count(*), max(name) FROM core_jobs`)),
      databaseMessages.orgCorrupt,
    );
    expect(manager.size).toBe(0);
    expect(told).toEqual([expect.objectContaining({ orgId: "org_a", reason: "corrupt" })]);
    await expectUnavailable(manager.get("org_a"), databaseMessages.orgCorrupt);
    await manager.closeAll(); // waits for the closes under way
    expect(handle.client.closed).toBe(true);
  });

  it("keeps at most `connections` connections to a database, however many read at once", async () => {
    const { manager, file } = setup({ connections: 2 });
    const handle = await manager.create("org_a");
    await fill(manager, "org_a", 2);
    await Promise.all(
      Array.from({ length: 20 }, () => handle.client.execute("SELECT count(*) FROM core_jobs")),
    );
    const open = filesHeldOpen(file("org_a")).filter((path) => path === file("org_a")); // one per connection
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThanOrEqual(2);
  });
});
