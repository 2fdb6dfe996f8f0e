import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

function quartet(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", main, ...args], {
    encoding: "utf8",
    env: { ...process.env, QUARTET_DATA_DIR: dataDir, INIT_CWD: dataDir },
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("the quartet CLI", () => {
  const dirs: string[] = [];
  let server: ChildProcess | undefined;
  afterEach(() => {
    server?.kill("SIGKILL");
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "quartet-cli-"));
    dirs.push(dir);
    return dir;
  };

  it("creates organisations with a database file each and lists them", { timeout: 180_000 }, () => {
    const dir = dataDir();
    const first = quartet(dir, "org", "create", "ООО Ромашка");
    expect(first.code).toBe(0);
    expect(first.out).toContain("created ooo-romashka");
    expect(quartet(dir, "org", "create", "Acme", "--slug", "acme").out).toContain("created acme");
    const list = quartet(dir, "org", "list");
    expect(list.out).toMatch(/ooo-romashka\s+ООО Ромашка/);
    expect(list.out).toMatch(/acme\s+Acme/);
    const files = [...list.out.matchAll(/file:(\S+\.db)/g)].map((m) => m[1] ?? "");
    expect(files).toHaveLength(2);
    for (const file of files) expect(existsSync(file)).toBe(true);
    expect(quartet(dir, "plugin", "list", "--org", "acme").code).toBe(0);
    const unknown = quartet(dir, "plugin", "enable", "nothing", "--org", "acme");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Plugin "nothing" is not installed');
    expect(quartet(dir, "migrate").out).toContain("2 organisation database(s) are up to date");
  });

  it("serves /healthz, creates ./data and stops gracefully on SIGTERM", { timeout: 120_000 }, async () => {
    const dir = dataDir();
    const port = await freePort();
    server = spawn(process.execPath, ["--import", "tsx", main, "start"], {
      env: { ...process.env, INIT_CWD: dir, PORT: String(port), LOG_LEVEL: "warn", QUARTET_DATA_DIR: "" },
      stdio: "ignore",
    });
    let health: Response | undefined;
    for (let i = 0; i < 100 && !health?.ok; i++) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (!health?.ok) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await health?.json()).toMatchObject({ status: "ok" });
    expect(existsSync(join(dir, "data", "control.db"))).toBe(true);
    const exited = new Promise<number | null>((resolve) => server?.on("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
