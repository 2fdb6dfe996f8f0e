import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { systemActor } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { startLoopProbe } from "../test/support/loop-probe.ts";
import { createTestHost } from "../test/support/test-host.ts";

const transactions = 50;
const rounds = 20;

/**
 * 50 concurrent write transactions on one organisation through the host's write lock, next to
 * the same 50 inserts awaited one after another on raw libSQL: transactions per second for
 * both, and the longest time the event loop went without running a timer.
 */
export async function benchWriteQueue() {
  const t = await createTestHost();
  const org = await t.host.runtime((await t.host.createOrganisation({ name: "Queue" })).id);
  const raw = createClient({ url: `file:${join(mkdtempSync(join(tmpdir(), "quartet-bench-")), "raw.db")}` });
  await raw.execute("CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT NOT NULL)");
  const row = (id: string) => ({
    id,
    kind: "company" as const,
    name: id,
    nameNormalized: id,
    phones: [],
    emails: [],
    tags: [],
    customFields: {},
    stage: "prospect" as const,
    tier: "standard" as const,
    createdBy: "bench",
    createdAt: 1,
    updatedAt: 1,
  });

  const measure = async (run: (round: number) => Promise<unknown>) => {
    const probe = startLoopProbe();
    const started = performance.now();
    for (let round = 0; round < rounds; round++) await run(round);
    return {
      perSec: Math.round((transactions * rounds * 1000) / (performance.now() - started)),
      gapMs: probe.stop(),
    };
  };
  const host = await measure((round) =>
    Promise.all(
      Array.from({ length: transactions }, (_, i) =>
        org.write(systemActor, (scope) => scope.tx.insert(clients).values(row(`c${round}-${i}`))),
      ),
    ),
  );
  const baseline = await measure(async (round) => {
    for (let i = 0; i < transactions; i++) {
      const tx = await raw.transaction("write");
      await tx.execute({ sql: "INSERT INTO t VALUES (?, ?)", args: [`c${round}-${i}`, "x"] });
      await tx.commit();
    }
  });
  raw.close();
  await t.close();
  return { host, raw: baseline, ratio: host.perSec / baseline.perSec };
}
