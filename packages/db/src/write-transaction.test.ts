import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, defaultBusyTimeoutMs, openDatabase } from "./client.ts";
import { coreMigrations, runMigrations } from "./migrate.ts";
import { eventDeliveries, jobs } from "./org/schema.ts";
import { tempDir } from "./test-temp-dir.ts";
import { writeTransaction } from "./write-transaction.ts";

const opened: DatabaseHandle[] = [];
afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
});

async function migratedOrgDatabase(): Promise<DatabaseHandle> {
  const dir = tempDir("write");
  const handle = await openDatabase({ url: `file:${join(dir, "org.db")}` });
  opened.push(handle);
  await runMigrations(handle, [coreMigrations]);
  return handle;
}

const orphanDelivery = {
  id: "dlv_1",
  eventId: "evt_missing",
  pluginId: "farming",
  subscriber: "on-deal-won",
  status: "pending" as const,
  nextAttemptAt: 0,
  createdAt: 0,
};

// drizzle wraps the driver's error: the SQLite one is its cause.
const foreignKeyFailure = {
  cause: { code: "SQLITE_CONSTRAINT", message: expect.stringMatching(/FOREIGN KEY constraint failed/) },
};

const deliveryCount = async (handle: DatabaseHandle) =>
  (await handle.client.execute("SELECT count(*) AS n FROM core_event_deliveries")).rows[0]?.n;

describe("writeTransaction and foreign keys", () => {
  it("rejects a row whose foreign key points nowhere, and writes nothing", async () => {
    const handle = await migratedOrgDatabase();
    const insert = writeTransaction(handle, (tx) => tx.insert(eventDeliveries).values(orphanDelivery));
    await expect(insert).rejects.toMatchObject(foreignKeyFailure);
    expect(await deliveryCount(handle)).toBe(0);
  });

  it("still enforces them when the pooled connection had them switched off", async () => {
    const handle = await migratedOrgDatabase();
    await handle.client.execute("PRAGMA foreign_keys = OFF");
    const insert = writeTransaction(handle, (tx) => tx.insert(eventDeliveries).values(orphanDelivery));
    await expect(insert).rejects.toMatchObject(foreignKeyFailure);

    // The same situation through a bare drizzle transaction lets the orphan in: the guard is what stops it.
    await handle.client.execute("PRAGMA foreign_keys = OFF");
    await handle.db.transaction((tx) => tx.insert(eventDeliveries).values(orphanDelivery));
    expect(await deliveryCount(handle)).toBe(1);
  });

  it("commits on success and rolls back everything when fn throws", async () => {
    const handle = await migratedOrgDatabase();
    await writeTransaction(handle, (tx) =>
      tx.insert(jobs).values({ pluginId: "core", name: "dispatch", nextRunAt: 1 }),
    );
    const failing = writeTransaction(handle, async (tx) => {
      await tx.insert(jobs).values({ pluginId: "farming", name: "reorder-reminders", nextRunAt: 1 });
      throw new Error("abort");
    });
    await expect(failing).rejects.toThrow("abort");
    const names = (await handle.db.select().from(jobs)).map((job) => job.name);
    expect(names).toEqual(["dispatch"]);
  });
});

describe("writeTransaction under concurrency", () => {
  async function counterDatabase(): Promise<DatabaseHandle> {
    const handle = await migratedOrgDatabase();
    await handle.client.execute("CREATE TABLE counter (id integer PRIMARY KEY, value integer NOT NULL)");
    await handle.client.execute("INSERT INTO counter (id, value) VALUES (1, 0)");
    return handle;
  }

  const readModifyWrite = (handle: DatabaseHandle) =>
    writeTransaction(handle, async (tx) => {
      const row = await tx.get<{ value: number }>(sql`SELECT value FROM counter WHERE id = 1`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      await tx.run(sql`UPDATE counter SET value = ${(row?.value ?? 0) + 1} WHERE id = 1`);
    });

  const counterValue = async (handle: DatabaseHandle) =>
    (await handle.client.execute("SELECT value FROM counter WHERE id = 1")).rows[0]?.value;

  it("completes 50 overlapping read-modify-write transactions without SQLITE_BUSY or lost updates", async () => {
    const handle = await counterDatabase();
    const writes = Array.from({ length: 50 }, () => readModifyWrite(handle));
    // Reads through handle.db keep working while the transactions hold a connection.
    const reads = Array.from({ length: 20 }, () =>
      handle.db.get(sql`SELECT value FROM counter WHERE id = 1`),
    );
    const results = await Promise.allSettled([...writes, ...reads]);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await counterValue(handle)).toBe(50);
    expect(handle.lock.pending).toBe(0);
  });

  // A busy-wait on the SQLite file lock (what overlapping transactions cause) stalls the loop for
  // the whole busy timeout (2 s), every run. A loaded machine deschedules this process for tens or
  // hundreds of milliseconds, so the bound sits at half the busy timeout: it still catches the
  // defect and never the machine's noise.
  it("never blocks the event loop for long while those 50 transactions run", { retry: 2 }, async () => {
    const handle = await counterDatabase();
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    await Promise.all(Array.from({ length: 50 }, () => readModifyWrite(handle)));
    histogram.disable();
    expect(await counterValue(handle)).toBe(50);
    expect(histogram.max / 1e6).toBeLessThan(defaultBusyTimeoutMs / 2);
  });
});
