import { createClient } from "@libsql/client";
import { controlMigrations } from "@quartet/db";
import { describe, expect, it } from "vitest";
import { checkDatabase } from "./check-database.ts";
import { opsMessages as m } from "./messages.ts";

describe("checkDatabase", () => {
  it("reports rows pointing at nothing, one finding per pair of tables, and a missing migrations table as all pending", async () => {
    const db = createClient({ url: ":memory:" });
    await db.execute("PRAGMA foreign_keys = OFF");
    await db.batch([
      "CREATE TABLE parents (id TEXT PRIMARY KEY)",
      "CREATE TABLE children (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parents(id))",
      "INSERT INTO parents VALUES ('p1')",
      "INSERT INTO children VALUES ('c1', 'p1'), ('c2', 'gone'), ('c3', 'gone too')",
    ]);
    const report = await checkDatabase(db, "/data/x.db", [controlMigrations]);
    db.close();
    expect(report.findings).toEqual([
      {
        problem: { key: m.orphans, params: { count: 2, table: "children", parent: "parents" } },
        fix: { key: m.fixOrphans, params: { path: "/data/x.db", table: "children" } },
      },
      {
        problem: {
          key: m.pending,
          params: expect.objectContaining({ owner: "control", tags: expect.stringMatching(/^0000_init, /) }),
        },
        fix: { key: m.fixPending },
      },
    ]);
    expect(report.migrations).toEqual(["control —"]);
  });
});
