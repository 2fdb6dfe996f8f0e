import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "@hono/node-server";
import type { InValue } from "@libsql/client";
import { newId, normalizeCompanyName, silentLogger, systemActor } from "@quartet/core";
import type autocannon from "autocannon";
import { Hono } from "hono";
import { loadConfig } from "../src/config.ts";
import { createHost } from "../src/host/create-host.ts";
import { createApp } from "../src/http/app.ts";
import { multiInsert } from "../src/records/import/multi-insert.ts";
import { appRouter } from "../src/router-type.ts";
import { type FigureResult, type Figures, runBench } from "../test/support/bench-harness/harness.ts";
import { benchNumber } from "./env.ts";
import { companyRow } from "./generate-companies.ts";

// biome-ignore format: the core_clients columns the seed fills
const columns = ["id", "kind", "name", "name_normalized", "inn", "website", "phones", "emails", "region", "city",
  "industry", "tags", "custom_fields", "stage", "tier", "created_by", "created_at", "updated_at"];
const listInput = { stage: "lead", sort: "updatedAt", limit: 50 };
const stages = ["prospect", "lead", "negotiation", "customer"];
const run = promisify(execFile);
const rawSql = `SELECT id, kind, name, inn, stage, tier, region, city, industry, tags, prospecting_owner_id,
  first_sale_owner_id, farming_owner_id, vip_owner_id, updated_at, created_at FROM core_clients
  WHERE merged_into_id IS NULL AND stage = ? ORDER BY updated_at DESC, id DESC LIMIT 51`;

/**
 * Seeds 100,000 clients (QUARTET_BENCH_LIST_ROWS), serves the real app and a plain Hono route
 * running the same query on raw `client.execute` (50 leads, newest first), both at once on two
 * ports, and drives them with autocannon in a child process (50 connections, API key auth) in
 * alternating rounds of QUARTET_BENCH_SECONDS each (`runBench`: app, raw, app, raw …), after a
 * warm-up of each. Goal: the app ≥ 75 % of raw req/s, p99 ≤ 1.5× — medians of the per-round ratios.
 */
export async function benchClientsList(): Promise<FigureResult[]> {
  const rows = benchNumber("LIST_ROWS", 100_000);
  const seconds = benchNumber("SECONDS", 10);
  const dataDir = mkdtempSync(join(tmpdir(), "quartet-bench-list-"));
  const host = await createHost({
    config: { ...loadConfig({}), dataDir },
    plugins: [],
    logger: silentLogger,
  });
  const servers: Served[] = [];
  try {
    const org = await host.createOrganisation({ name: "Bench" });
    const handle = await host.orgs.get(org.id);
    for (let i = 0; i < rows; i += 500) {
      const now = Date.now();
      const batch: InValue[][] = [];
      for (let j = i; j < Math.min(i + 500, rows); j++) {
        const [name = "", inn, phone, email, site, region, city, industry, tags = ""] = companyRow(j);
        // biome-ignore format: one value per column
        batch.push([newId("cli", now), "company", name, normalizeCompanyName(name), inn ?? null, site ? site.slice(12) : null,
          JSON.stringify([phone]), JSON.stringify([email]), region ?? null, city ?? null, industry ?? null,
          JSON.stringify(tags.split(", ")), "{}", stages[j % 4] ?? "lead", "standard", "bench", now + j, now + j]);
      }
      await handle.lock.run(() => handle.client.batch(multiInsert("core_clients", columns, batch), "write"));
    }
    await handle.client.execute("ANALYZE");
    const { key } = await host.people.createApiKey({ ...systemActor, id: "bench" }, org.id, {
      name: "bench",
      role: "head-of-sales",
    });
    const headers = { authorization: `Bearer ${key}` };

    const raw = new Hono();
    raw.get("/clients", async (c) => {
      const result = await handle.client.execute({ sql: rawSql, args: [c.req.query("stage") ?? ""] });
      return c.json({ data: { items: result.rows.slice(0, 50) } });
    });
    const appPath = `/api/v1/core.clients.list?input=${encodeURIComponent(JSON.stringify(listInput))}`;
    const app = await serveChecked(createApp(host, { router: appRouter }).fetch, appPath, headers);
    servers.push(app);
    const plain = await serveChecked(raw.fetch, `/clients?stage=${listInput.stage}`, headers);
    servers.push(plain);
    await cannon(app.url, headers, 2);
    await cannon(plain.url, headers, 2);
    return await runBench({
      name: "core.clients.list",
      ours: () => drive(app.url, headers, seconds),
      baseline: () => drive(plain.url, headers, seconds),
      goals: [
        { metric: "req/s", ratioAtLeast: 0.75 },
        { metric: "p99 ms", ratioAtMost: 1.5 },
      ],
    });
  } finally {
    for (const served of servers) await new Promise((resolve) => served.server.close(resolve));
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Served = { server: ReturnType<typeof serve>; url: string };

/** Serves `fetch` on a free port and checks that `path` answers a full page (50 items) before anything is measured. */
async function serveChecked(
  fetch: (request: Request) => Response | Promise<Response>,
  path: string,
  headers: Record<string, string>,
): Promise<Served> {
  const server = serve({ fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${path}`;
  const check = await globalThis.fetch(url, { headers });
  const body = (await check.json()) as { data?: { items?: unknown[] } };
  if (check.status !== 200 || body.data?.items?.length !== 50)
    throw new Error(`${path} answered ${check.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return { server, url };
}

// autocannon runs in a child process, so the load generator does not share the server's thread.
const autocannonBin = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

/** One round on `url`: autocannon for `seconds`; any error or non-2xx answer fails the benchmark. */
async function drive(url: string, headers: Record<string, string>, seconds: number): Promise<Figures> {
  const result = await cannon(url, headers, seconds);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${new URL(url).pathname}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { "req/s": Math.round(result.requests.average), "p99 ms": result.latency.p99 };
}

async function cannon(
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<autocannon.Result> {
  const flags = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const args = [autocannonBin, "-c", "50", "-d", String(seconds), "-j", ...flags, url];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(stdout) as autocannon.Result;
}

if (process.argv[1]?.endsWith("clients-list.ts")) await benchClientsList();
