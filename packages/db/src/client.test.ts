import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  controlDatabaseUrl,
  type DatabaseHandle,
  filePathOf,
  openDatabase,
  orgDatabaseUrl,
} from "./client.ts";
import { tempDir } from "./test-temp-dir.ts";

const opened: DatabaseHandle[] = [];
afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
});

const open = async (url: string) => {
  const handle = await openDatabase({ url });
  opened.push(handle);
  return handle;
};

describe("openDatabase", () => {
  it("creates the directory of a file database and switches it to WAL with a busy timeout", async () => {
    const dataDir = join(tempDir("db"), "nested", "data");
    const handle = await open(orgDatabaseUrl(dataDir, "org_1"));
    const [mode] = (await handle.client.execute("PRAGMA journal_mode")).rows;
    const [busy] = (await handle.client.execute("PRAGMA busy_timeout")).rows;
    expect(mode?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBeGreaterThan(0);
  });

  it("opens a file whose path holds characters that mean something in a URL", async () => {
    const dataDir = join(tempDir("db"), "100% sure #1?");
    await open(controlDatabaseUrl(dataDir));
    expect(existsSync(join(dataDir, "control.db"))).toBe(true);
  });

  it("hands a remote URL to libSQL as it is, without touching the filesystem", async () => {
    const handle = await open("libsql://127.0.0.1:1?tls=0");
    expect(handle.client.protocol).toBe("http");
    expect(handle.url).toBe("libsql://127.0.0.1:1?tls=0");
  });

  it("opens an in-memory database without touching the filesystem", async () => {
    const handle = await open(":memory:");
    const [row] = (await handle.client.execute("SELECT 1 + 1 AS two")).rows;
    expect(row?.two).toBe(2);
  });
});

describe("database URLs", () => {
  it("puts organisations under orgs/ and the control database beside it, as absolute paths", () => {
    expect(orgDatabaseUrl("/srv/data", "org_42")).toBe("file:/srv/data/orgs/org_42.db");
    expect(controlDatabaseUrl("/srv/data")).toBe("file:/srv/data/control.db");
    expect(controlDatabaseUrl("data")).toBe(`file:${process.cwd()}/data/control.db`);
  });

  it("refuses an organisation id that could escape the data directory", () => {
    expect(() => orgDatabaseUrl("/srv/data", "../control")).toThrow(/cannot name a database file/);
  });

  it("round-trips paths with characters libSQL would misread", () => {
    const url = controlDatabaseUrl("/srv/100% data #1?");
    expect(filePathOf(url)).toBe("/srv/100% data #1?/control.db");
    expect(filePathOf("file:///abs/x.db")).toBe("/abs/x.db");
    expect(filePathOf("libsql://org.turso.io")).toBeNull();
  });
});
