import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { manualClock } from "@quartet/core";
import { documentSends } from "@quartet/db/org";
import { afterEach, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const child = fileURLToPath(new URL("./send-crash-child.ts", import.meta.url));

describe("a crash between a send's commit and its mail", () => {
  let t: TestHost | undefined;
  let sink: SmtpSink | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "quartet-send-crash-"));
  afterEach(async () => {
    await t?.close();
    await sink?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("still mails the PDF after a restart, exactly once", async () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", child, dataDir], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.signal).toBe("SIGKILL");
    const { orgId, fileName, now } = JSON.parse(run.stdout.trim()) as {
      orgId: string;
      fileName: string;
      now: number;
    };

    sink = await startSmtpSink();
    t = await createTestHost({
      dataDir,
      plugins: [],
      clock: manualClock(now),
      env: { QUARTET_SMTP_URL: sink.url },
    });
    const handle = await t.host.orgs.get(orgId);
    expect(await handle.db.select().from(documentSends)).toMatchObject([{ status: "queued" }]); // died before mailing

    for (let pass = 0; pass < 3; pass++) {
      await t.host.dispatcher.sweep();
      await t.host.dispatcher.idle();
    }
    const mailed = sink.received.filter((mail) => mail.attachments.length > 0);
    expect(mailed).toHaveLength(1);
    expect(mailed[0]).toMatchObject({ to: ["buh@veter.ru"], attachments: [{ filename: fileName }] });
    expect(await handle.db.select().from(documentSends)).toMatchObject([{ status: "sent", sentAt: now }]);
  }, 180_000); // a child process boots a host, and several test files may share the two cores
});
