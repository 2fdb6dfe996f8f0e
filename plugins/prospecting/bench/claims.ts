import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Actor, silentLogger } from "@quartet/core";
import { createCallerFactory } from "@quartet/core/trpc";
import { buildAppRouter, createHost, createRequestContext, loadConfig } from "@quartet/testing";
import { benchNumber, type FigureResult, type Figures, runBench } from "@quartet/testing/bench";
import { createProspectingPlugin } from "../src/server/index.ts";
import { coldCallScript } from "../test/support/samples.ts";
import { type ClaimLogEntry, doubleClaims } from "./double-claims.ts";
import { rawClaim, rawRelease } from "./raw-claims.ts";
import { type OrgHandle, seedMembers } from "./seed-members.ts";

/** One side of the benchmark: claims a second, and what went wrong. */
export type ClaimRun = {
  claims: number;
  perSec: number;
  empty: number;
  lostReleases: number;
  doubles: number;
};

const callers = 50;
const plugin = createProspectingPlugin();
const createCaller = createCallerFactory(buildAppRouter([plugin]));
const manager: Actor = {
  kind: "user",
  id: "bench-manager",
  name: "Bench",
  role: "owner",
  permissions: new Set(["*"]),
};
const callerActor = (i: number): Actor => ({
  kind: "user",
  id: `caller-${i}`,
  name: `Caller ${i}`,
  role: "caller",
  permissions: new Set(["prospecting.calls.work", "prospecting.scripts.read"]),
  scope: "own",
});

/**
 * Seeds a 1,000,000-record call list (QUARTET_BENCH_ROWS) twice, in two organisations of a real
 * host (raw multi-VALUES batches, not measured). Ours: 50 in-process callers claim through the
 * real `prospecting.queue.next` procedure and release at once (`prospecting.queue.release`), for
 * QUARTET_BENCH_SECONDS (20) a round; baseline: the same callers on the second organisation with
 * one raw `UPDATE … RETURNING` per claim and per release under the same in-process lock. The
 * harness alternates the sides (`runBench`); goal: ours ≥ 50 % of the raw claims/s. A double claim
 * on either side in any round fails the benchmark (and is reported as a figure).
 */
export async function benchClaims(): Promise<FigureResult[]> {
  const rows = benchNumber("ROWS", 1_000_000);
  const seconds = benchNumber("SECONDS", 20);
  const dataDir = mkdtempSync(join(tmpdir(), "quartet-bench-claims-"));
  const host = await createHost({
    config: { ...loadConfig({}), dataDir, adminDir: join(dataDir, "no-admin") },
    plugins: [plugin],
    logger: silentLogger,
  });
  try {
    const app = await seededCampaign(host, "Bench", rows);
    const raw = await seededCampaign(host, "Bench raw", rows);
    log(`seeded ${rows} records twice; ${callers} callers, ${seconds} s a round`);
    const appWorker = async (i: number): Promise<Worker> => {
      const api = createCaller(await createRequestContext(host, { actor: callerActor(i), orgId: app.orgId }));
      return {
        claim: async () =>
          (await api.prospecting.queue.next({ campaignId: app.campaignId }))?.memberId ?? null,
        release: async (memberId: string) => {
          await api.prospecting.queue.release({ memberId });
          return true;
        },
      };
    };
    const rawWorker = async (i: number): Promise<Worker> => ({
      claim: () => raw.handle.lock.run(() => rawClaim(raw.handle.client, raw.listId, `caller-${i}`)),
      release: (id: string) => raw.handle.lock.run(() => rawRelease(raw.handle.client, id, `caller-${i}`)),
    });
    return await runBench({
      name: "prospecting: call queue claims",
      ours: () => figures("app", drive(seconds, appWorker)),
      baseline: () => figures("raw", drive(seconds, rawWorker)),
      goals: [
        { metric: "claims/s", ratioAtLeast: 0.5 },
        { metric: "double claims", atMost: 0 },
      ],
    });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// One round's figures; a double claim stops the benchmark.
async function figures(side: string, running: Promise<ClaimRun>): Promise<Figures> {
  const run = await running;
  log(`${side}: ${summary(run)}`);
  if (run.doubles > 0) throw new Error(`${side}: ${summary(run)}`);
  return { "claims/s": run.perSec, "double claims": run.doubles };
}

type Host = Awaited<ReturnType<typeof createHost>>;

/** A fresh organisation with prospecting, a script, a list of `rows` seeded records and an active campaign. */
async function seededCampaign(host: Host, name: string, rows: number) {
  const org = await host.createOrganisation({ name });
  await host.lifecycle.enable(org.id, "prospecting", manager, {});
  const api = (await createCaller(await createRequestContext(host, { actor: manager, orgId: org.id })))
    .prospecting;
  const script = await api.scripts.create({ name: "Холодный звонок", graph: coldCallScript });
  const list = await api.lists.create({ name: "Bench" });
  const window = { days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" };
  const campaign = await api.campaigns.create({
    name,
    listId: list.id,
    scriptId: script.id,
    window,
    maxAttempts: 3,
  });
  const handle = (await host.orgs.get(org.id)) as unknown as OrgHandle;
  await seedMembers(handle, list.id, rows, Date.now());
  await handle.client.execute({ sql: "ANALYZE", args: [] });
  return { orgId: org.id, listId: list.id, campaignId: campaign.id, handle };
}

type Worker = { claim(): Promise<string | null>; release(id: string): Promise<boolean> };

/** Runs `callers` loops of claim-then-release for `seconds`, logging every hold. */
async function drive(seconds: number, workerOf: (i: number) => Promise<Worker>): Promise<ClaimRun> {
  const workers = await Promise.all(Array.from({ length: callers }, (_, i) => workerOf(i)));
  const log: ClaimLogEntry[] = [];
  let empty = 0;
  let lostReleases = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    workers.map(async (worker, i) => {
      while (performance.now() < end) {
        const recordId = await worker.claim();
        const claimedAt = performance.now();
        if (!recordId) {
          empty++;
          continue;
        }
        log.push({ recordId, caller: `caller-${i}`, claimedAt, releasedAt: performance.now() });
        const released = await worker.release(recordId).catch(() => false);
        if (!released) lostReleases++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    claims: log.length,
    perSec: log.length / elapsed,
    empty,
    lostReleases,
    doubles: doubleClaims(log),
  };
}

function summary(run: ClaimRun): string {
  return `${run.claims} claims, ${run.perSec.toFixed(0)} claims/s, ${run.empty} empty, ${run.lostReleases} lost releases, ${run.doubles} double claims`;
}

function log(message: string) {
  console.log(`[claims] ${message}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchClaims();
