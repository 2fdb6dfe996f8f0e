import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { notifications } from "@quartet/db/org";
import { firstSalePlugin } from "@quartet/first-sale/server";
import { createProspectingPlugin, fetchTelegramApi } from "@quartet/prospecting/server";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeTelegram } from "../../../../plugins/prospecting/test/support/fake-telegram.ts";
import { memoryMailer } from "../support/memory-mailer.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const child = fileURLToPath(new URL("./crash-child.ts", import.meta.url));

describe("a crash between the request's commit and its notifications", () => {
  let t: TestHost | undefined;
  let fake: Awaited<ReturnType<typeof startFakeTelegram>> | undefined;
  afterEach(async () => {
    await t?.close();
    await fake?.close();
  });

  it("still notifies after a restart, in the bell, by mail and by Telegram, each once", async () => {
    fake = await startFakeTelegram();
    const dataDir = mkdtempSync(join(tmpdir(), "quartet-notify-crash-"));
    const run = spawnSync(process.execPath, ["--import", "tsx", child, dataDir, fake.url], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.signal).toBe("SIGKILL");
    const { orgId, ownerId, email } = JSON.parse(run.stdout.trim()) as {
      orgId: string;
      ownerId: string;
      email: string;
    };

    const mailer = memoryMailer();
    const prospecting = createProspectingPlugin({ telegram: fetchTelegramApi({ baseUrl: fake.url }) });
    t = await createTestHost({ dataDir, plugins: [prospecting, firstSalePlugin], mailer });
    const handle = await t.host.orgs.get(orgId);
    expect(await handle.db.select().from(notifications)).toEqual([]); // died before any delivery

    for (let pass = 0; pass < 3; pass++) {
      await t.host.dispatcher.sweep();
      await t.host.dispatcher.idle();
    }
    expect(await handle.db.select().from(notifications)).toMatchObject([
      { recipientId: ownerId, type: "prospecting.request.received", readAt: null },
    ]);
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toEqual([
      expect.objectContaining({
        body: expect.objectContaining({
          chat_id: "555",
          text: expect.stringMatching(/^Новая заявка: Мария/),
        }),
      }),
    ]);
    expect(mailer.sent.filter((mail) => mail.to === email)).toEqual([
      expect.objectContaining({ subject: "Новая заявка: Мария" }),
    ]);
  }, 180_000); // a child process boots a host, and several test files may share the two cores
});
