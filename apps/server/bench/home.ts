import type { InValue } from "@libsql/client";
import type { Actor } from "@quartet/core";
import { createCallerFactory } from "@quartet/core/trpc";
import type { Host } from "../src/host/create-host.ts";
import { installedPlugins } from "../src/plugins.ts";
import { buildAppRouter } from "../src/trpc/app-router.ts";
import { createRequestContext } from "../src/trpc/context.ts";
import type { FigureResult, Figures } from "../test/support/bench-harness/harness.ts";
import { runBench } from "../test/support/bench-harness/harness.ts";
import { benchQuick } from "./env.ts";
import { benchOwner, median, withBenchHost } from "./measure.ts";
import { insert, type OrgHandle } from "./seed-history.ts";
import { seededOrg } from "./seeded-org.ts";

/** How many activities each organisation holds, and how many of them fall in this week. */
export type HomeSizes = { small: number; large: number; thisWeek: number; clients: number };

const day = 86_400_000;
const people = 20;
const types = ["call", "call", "call", "meeting", "message", "email", "note", "stage-change"];

/**
 * The sizes of a run: 10,000 vs 1,000,000 activities (2,000 of them this week in both: the same
 * team's week, more history behind it); `--smoke`, `QUARTET_BENCH_HOME_SMOKE=1` or
 * `QUARTET_BENCH_QUICK=1` runs 1,000 vs 20,000 in seconds to check the benchmark itself works.
 */
export function homeSizes(argv = process.argv, env = process.env): HomeSizes {
  const smoke = argv.includes("--smoke") || env.QUARTET_BENCH_HOME_SMOKE === "1" || benchQuick(env);
  return smoke
    ? { small: 1_000, large: 20_000, thisWeek: 500, clients: 200 }
    : { small: 10_000, large: 1_000_000, thisWeek: 2_000, clients: 2_000 };
}

/**
 * `activities` timeline entries by 20 people: `thisWeek` of them over the last five days, the rest
 * over the three years before; one task per ten entries, 200 of them open and overdue, the rest done.
 */
async function seedWork(handle: OrgHandle, total: number, sizes: HomeSizes, now: number) {
  const rows: InValue[][] = [];
  const tasks: InValue[][] = [];
  for (let i = 0; i < total; i++) {
    const recent = i < sizes.thisWeek;
    const at = recent ? now - (i % (5 * 24)) * 3_600_000 : now - 7 * day - ((i * 7919) % (3 * 365 * day));
    const client = `cli_${String(i % sizes.clients).padStart(6, "0")}`;
    const author = `usr_bench_${i % people}`;
    // biome-ignore format: one core_activities row
    rows.push([`act_h${i}`, client, types[i % types.length] ?? "call", "farming", author, `Сотрудник ${i % people}`, "Работа", "{}", at, at]);
    if (i % 10 === 0) {
      const overdue = tasks.length < 200;
      // biome-ignore format: one core_tasks row
      tasks.push([`tsk_h${i}`, client, "Перезвонить", author, overdue ? now - day : at, overdue ? null : at + day, "bench", at, at]);
    }
    if (rows.length === 50_000) await insert(handle, "core_activities", activityColumns, rows.splice(0));
  }
  await insert(handle, "core_activities", activityColumns, rows);
  await insert(
    handle,
    "core_tasks",
    [
      "id",
      "client_id",
      "title",
      "assignee_id",
      "due_at",
      "done_at",
      "created_by",
      "created_at",
      "updated_at",
    ],
    tasks,
  );
}

// biome-ignore format: the core_activities columns
const activityColumns = ["id", "client_id", "type", "function", "author_id", "author_name", "body", "data", "occurred_at", "created_at"];

/** A head of sales' tRPC caller in `orgId`, through the real router and request context. */
async function headOfSales(host: Host, orgId: string) {
  const actor: Actor = {
    kind: "user",
    id: "usr_head",
    name: "Руководитель",
    role: "head-of-sales",
    permissions: new Set(["*"]),
  };
  const createCaller = createCallerFactory(buildAppRouter(installedPlugins));
  return createCaller(await createRequestContext(host, { actor, orgId }));
}

/** One organisation with the four legs and `activities` entries; one round of its home page's reads. */
async function seededHome(host: Host, activities: number, sizes: HomeSizes): Promise<() => Promise<Figures>> {
  const org = await seededOrg(host, "farming", {
    clients: sizes.clients,
    lines: sizes.clients * 4,
    linesPerOrder: 2,
    calls: false,
  });
  for (const id of ["prospecting", "first-sale", "vip"])
    await host.lifecycle.enable(org.orgId, id, benchOwner);
  await seedWork(org.handle, activities, sizes, host.clock.now());
  await org.handle.client.execute("analyze");
  const api = await headOfSales(host, org.orgId);
  // Every read the home page makes on its first load.
  const reads = {
    home: () => api.core.home.get(),
    monitor: () => api.core.monitor.get(),
    history: () => api.core.monitor.history(),
    readiness: () => api.core.readiness.list(),
  };
  const read = () => Promise.all(Object.values(reads).map((r) => r()));
  await read();
  return async () => {
    const figures: Figures = { "reads ms": await median(5, read) };
    for (const [name, r] of Object.entries(reads)) figures[`${name} ms`] = await median(3, r);
    return figures;
  };
}

/**
 * The home page at 1,000,000 (ours) vs 10,000 activities (baseline; `homeSizes`) in one run,
 * through the real tRPC caller: each round the median of five loads of the page's reads
 * (`core.home.get`, `core.monitor.get`, `core.monitor.history`, `core.readiness.list`, together)
 * and of three of each alone. Goal: ≤ 2× — the week's activity and overdue work are read by
 * index, so history does not slow them.
 */
export async function benchHome(sizes = homeSizes()): Promise<FigureResult[]> {
  let results: FigureResult[] = [];
  await withBenchHost("home", installedPlugins, async (host) => {
    const small = await seededHome(host, sizes.small, sizes);
    const large = await seededHome(host, sizes.large, sizes);
    results = await runBench({
      name: `home page reads, ${sizes.large.toLocaleString("en")} vs ${sizes.small.toLocaleString("en")} activities`,
      ours: large,
      baseline: small,
      goals: [
        { metric: "reads ms", ratioAtMost: 2, note: "a read of the home page scans history it should seek" },
        ...["home ms", "monitor ms", "history ms", "readiness ms"].map((metric) => ({ metric })),
      ],
    });
  });
  return results;
}

if (process.argv[1]?.endsWith("home.ts")) await benchHome();
