import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { systemActor } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { type FigureResult, runBench } from "../test/support/bench-harness/harness.ts";
import { startLoopProbe } from "../test/support/loop-probe.ts";
import { createTestHost } from "../test/support/test-host.ts";
import { benchQuick } from "./env.ts";

const transactions = 50;
const batches = benchQuick() ? 2 : 20;

/**
 * 20 batches (quick: 2) of 50 concurrent write transactions on one organisation through the host's write
 * lock (ours), next to the same 50 inserts awaited one after another on raw libSQL (baseline), in
 * alternating rounds: transactions per second for both, and the longest time the event loop went
 * without running a timer (goal ≤ 50 ms: the lock hands over on a fresh turn, so queued writers do
 * not starve timers and requests; handing over by microtasks alone starved them ~200 ms).
 */
export async function benchWriteQueue(): Promise<FigureResult[]> {
  const t = await createTestHost();
  const org = await t.host.runtime((await t.host.createOrganisation({ name: "Queue" })).id);
  const rawDir = mkdtempSync(join(tmpdir(), "quartet-bench-"));
  const raw = createClient({ url: `file:${join(rawDir, "raw.db")}` });
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

  const measure = async (run: (batch: number) => Promise<unknown>) => {
    const probe = startLoopProbe();
    const started = performance.now();
    for (let batch = 0; batch < batches; batch++) await run(batch);
    return {
      "tx/s": Math.round((transactions * batches * 1000) / (performance.now() - started)),
      "loop gap ms": probe.stop(),
    };
  };
  try {
    return await runBench({
      name: "write queue, 50 concurrent transactions",
      ours: (round) =>
        measure((batch) =>
          Promise.all(
            Array.from({ length: transactions }, (_, i) =>
              org.write(systemActor, (scope) =>
                scope.tx.insert(clients).values(row(`c${round}-${batch}-${i}`)),
              ),
            ),
          ),
        ),
      baseline: (round) =>
        measure(async (batch) => {
          for (let i = 0; i < transactions; i++) {
            const tx = await raw.transaction("write");
            await tx.execute({ sql: "INSERT INTO t VALUES (?, ?)", args: [`c${round}-${batch}-${i}`, "x"] });
            await tx.commit();
          }
        }),
      goals: [
        { metric: "tx/s" },
        { metric: "loop gap ms", atMost: 50, note: "queued writers starve the event loop" },
      ],
    });
  } finally {
    raw.close();
    await t.close();
    rmSync(rawDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("write-queue.ts")) await benchWriteQueue();
