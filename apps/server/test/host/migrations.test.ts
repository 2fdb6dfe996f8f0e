import { readFileSync } from "node:fs";
import { createClient } from "@libsql/client";
import { coreMigrations } from "@quartet/db";
import { afterEach, describe, expect, it } from "vitest";
import { alphaPlugin } from "../fixtures/alpha/plugin.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const newest = (folder: string) =>
  Math.max(
    ...JSON.parse(readFileSync(`${folder}/meta/_journal.json`, "utf8")).entries.map(
      (e: { when: number }) => e.when,
    ),
  );

describe("migrations", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  it("fully migrates a plugin whose migrations were generated before core's newest one", async () => {
    expect(newest(alphaPlugin.db?.migrationsFolder ?? "")).toBeLessThan(newest(coreMigrations.folder));
    t = await createTestHost();
    const org = await t.host.createOrganisation({ name: "Org" });
    await t.host.lifecycle.enable(org.id, "beta", userActor("owner"));
    const client = createClient({ url: org.dbUrl });
    const names = (await client.execute("SELECT name FROM sqlite_master WHERE type='table'")).rows.map((r) =>
      String(r.name),
    );
    client.close();
    expect(names).toEqual(
      expect.arrayContaining([
        "alpha_notes",
        "alpha_ticks",
        "beta_seen",
        "__migrations_core",
        "__migrations_alpha",
        "__migrations_beta",
      ]),
    );
  });

  it("migrates enabled plugins when an organisation database is first opened", async () => {
    t = await createTestHost();
    const org = await t.host.createOrganisation({ name: "Org" });
    await t.host.lifecycle.enable(org.id, "alpha", userActor("owner"));
    const dataDir = t.dataDir;
    await t.host.close();
    const client = createClient({ url: org.dbUrl });
    await client.execute("DROP TABLE alpha_notes");
    await client.execute("DROP TABLE alpha_ticks");
    await client.execute("DROP TABLE __migrations_alpha");
    client.close();
    t = await createTestHost({ dataDir });
    await t.host.orgs.get(org.id);
    expect(await (await t.caller(userActor("owner"), org.id)).alpha.notes.list()).toEqual([]);
  });
});
