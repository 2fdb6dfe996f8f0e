import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { outbox } from "@quartet/db/org";
import { afterEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const child = fileURLToPath(new URL("../fixtures/crash-child.ts", import.meta.url));

describe("crash between commit and delivery", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  it("delivers the committed event after a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "quartet-crash-"));
    const run = spawnSync(process.execPath, ["--import", "tsx", child, dataDir], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.signal).toBe("SIGKILL");
    const orgId = run.stdout.trim();
    expect(orgId).toMatch(/^org_/);

    t = await createTestHost({ dataDir });
    const handle = await t.host.orgs.get(orgId);
    expect(await handle.db.select().from(outbox)).toMatchObject([{ fannedOutAt: null }]);
    await t.host.dispatcher.sweep();
    expect(await (await t.caller(userActor("owner"), orgId)).beta.seen()).toMatchObject([
      { noteId: "note_survivor" },
    ]);
  });
});
