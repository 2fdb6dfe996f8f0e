import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../client.ts";
import { controlMigrations, runMigrations } from "../migrate.ts";
import { tempDir } from "../test-temp-dir.ts";
import { instanceSettings } from "./index.ts";

/** The control migrations as they stood before `0002_instance`: the folder copied, its journal cut to the first two. */
function migrationsBeforeInstance(): string {
  const folder = join(tempDir("control-0001"), "control");
  cpSync(controlMigrations.folder, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((entry) => entry.tag < "0002");
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe("control migration 0002_instance on an existing server", () => {
  it("makes the oldest account the server's administrator, with no policy chosen", async () => {
    const handle = await openDatabase({ url: `file:${join(tempDir("control-upgrade"), "control.db")}` });
    await runMigrations(handle, [{ owner: "control", folder: migrationsBeforeInstance() }]);
    await handle.db.run(sql`INSERT INTO auth_users (id, name, email, created_at, updated_at) VALUES
      ('usr_b', 'Борис', 'boris@example.ru', 2000, 2000), ('usr_a', 'Анна', 'anna@example.ru', 1000, 1000)`);
    await runMigrations(handle, [controlMigrations]);
    expect(await handle.db.select().from(instanceSettings)).toEqual([
      { id: "instance", adminUserId: "usr_a", signUpPolicy: null, updatedAt: 1000 },
    ]);
    await handle.close();
  });

  it("leaves a server without accounts without an administrator (the first sign-up becomes it)", async () => {
    const handle = await openDatabase({ url: `file:${join(tempDir("control-fresh"), "control.db")}` });
    await runMigrations(handle, [controlMigrations]);
    expect(await handle.db.select().from(instanceSettings)).toEqual([]);
    await handle.close();
  });
});
