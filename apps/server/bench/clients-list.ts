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
import { benchNumber } from "./env.ts";
import { companyRow } from "./generate-companies.ts";

/** One autocannon run: requests a second, p99 latency in ms. */
export type Load = { requestsPerSec: number; p99Ms: number };

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
 * running the same query on raw `client.execute` (50 leads, newest first), and drives each with
 * autocannon in a child process (50 connections, QUARTET_BENCH_SECONDS each, API key auth). Goal: the app ≥ 75 % of raw req/s, p99 ≤ 1.5×.
 */
export async function benchClientsList(): Promise<{ app: Load; raw: Load; ratio: number; p99Ratio: number }> {
  const rows = benchNumber("LIST_ROWS", 100_000);
  const seconds = benchNumber("SECONDS", 10);
  const dataDir = mkdtempSync(join(tmpdir(), "quartet-bench-list-"));
  const host = await createHost({
    config: { ...loadConfig({}), dataDir },
    plugins: [],
    logger: silentLogger,
  });
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
    const appUrl = `/api/v1/core.clients.list?input=${encodeURIComponent(JSON.stringify(listInput))}`;
    const rawUrl = `/clients?stage=${listInput.stage}`;
    const plain = await drive(raw.fetch, rawUrl, headers, seconds);
    const app = await drive(createApp(host, { router: appRouter }).fetch, appUrl, headers, seconds);
    return {
      app,
      raw: plain,
      ratio: app.requestsPerSec / plain.requestsPerSec,
      p99Ratio: app.p99Ms / plain.p99Ms,
    };
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// autocannon runs in a child process, so the load generator does not share the server's thread.
const autocannonBin = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

async function drive(
  fetch: (request: Request) => Response | Promise<Response>,
  path: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<Load> {
  const server = serve({ fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${path}`;
  const check = await globalThis.fetch(url, { headers });
  const body = (await check.json()) as { data?: { items?: unknown[] } };
  if (check.status !== 200 || body.data?.items?.length !== 50)
    throw new Error(`${path} answered ${check.status}: ${JSON.stringify(body).slice(0, 300)}`);
  await cannon(url, headers, 2);
  const result = await cannon(url, headers, seconds);
  await new Promise((resolve) => server.close(resolve));
  process.stderr.write(
    `  ${path.slice(0, 40)}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx\n`,
  );
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSec: Math.round(result.requests.average), p99Ms: result.latency.p99 };
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

if (process.argv[1]?.endsWith("clients-list.ts")) {
  const result = await benchClientsList();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
