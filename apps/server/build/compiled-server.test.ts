import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findConfig } from "../src/installation/find-config.ts";
import { installedPlugins } from "../src/plugins.ts";
import { sessionCookieOf } from "../test/auth/auth-requests.ts";
import { tempDir } from "../test/support/quartet-cli.ts";
import { compileServer } from "./compile.ts";
import { type ServerProcess, startServerProcess } from "./server-process.ts";

const recordModules = fileURLToPath(new URL("./check/record-modules.mjs", import.meta.url));
const adminPage = fileURLToPath(new URL("../../admin/dist/index.html", import.meta.url));

describe("the compiled server (pnpm build, then node dist/bundle/main.js start): JavaScript only", () => {
  let outdir = "";
  let moduleLog = "";
  let server: ServerProcess;

  beforeAll(async () => {
    outdir = tempDir("compiled");
    moduleLog = join(outdir, "modules.log");
    await compileServer({ config: findConfig(), outdir });
    // Plain node; the one flag is the watcher that lists what the process loads.
    server = await startServerProcess(["--import", recordModules, join(outdir, "main.js")], {
      QUARTET_MODULE_LOG: moduleLog,
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(outdir, { recursive: true, force: true });
  });

  it("answers /healthz with the plugins of the installation's config, compiled in", async () => {
    const health = await fetch(`${server.url}/healthz`);
    const body = (await health.json()) as { plugins: { id: string }[]; bootFailures: unknown[] };
    expect(body.plugins.map((p) => p.id)).toEqual(installedPlugins.map((p) => p.id));
    expect(body.bootFailures).toEqual([]);
  });

  it("serves the admin app from apps/admin/dist", async () => {
    const page = await fetch(`${server.url}/`);
    // Without a build of the admin app the server says so; with one, it serves it.
    expect(page.status).toBe(existsSync(adminPage) ? 200 : 503);
  });

  it("creates an organisation (its migrations) and enables a plugin (the plugin's migrations) whose procedures answer", async () => {
    let cookie = "";
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url, cookie },
        body: JSON.stringify(body),
      });
    const account = { name: "Анна", email: "anna@example.ru", password: "correct-horse-battery-1" };
    const signedUp = await post("/api/auth/sign-up/email", account);
    expect(signedUp.status).toBe(200);
    cookie = sessionCookieOf(signedUp);
    expect((await post("/trpc/core.org.create", { json: { name: "Ромашка" } })).status).toBe(200);
    expect((await post("/trpc/core.plugins.enable", { json: { pluginId: "prospecting" } })).status).toBe(200);
    const lists = await fetch(`${server.url}/trpc/prospecting.lists.list`, { headers: { cookie } });
    expect(lists.status).toBe(200);
    expect(await lists.json()).toEqual({ result: { data: { json: [] } } });
  });

  it("loaded no TypeScript and no transpiler", () => {
    const loaded = readFileSync(moduleLog, "utf8").trim().split("\n");
    expect(loaded).toContain(`file://${join(outdir, "main.js")}`);
    expect(loaded.filter((module) => /\.[cm]?tsx?$/.test(module))).toEqual([]);
    expect(loaded.filter((module) => /\/(tsx|esbuild|esbuild-register)[@/]/.test(module))).toEqual([]);
  });

  it("stops gracefully on SIGTERM", async () => {
    expect(await server.stop()).toBe(0);
  });
});
