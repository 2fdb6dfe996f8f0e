import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/quartet-cli.ts";

const devScript = fileURLToPath(new URL("../../../../scripts/dev.mjs", import.meta.url));

/** A port nothing listens on right now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Reads a response body until `text` has arrived (a stream that never ends is read only that far). */
async function readUntil(response: Response, text: string): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let read = "";
  while (!read.includes(text)) {
    const { done, value } = await reader.read();
    if (done) break;
    read += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return read;
}

describe("pnpm dev: the server in watch mode and the admin app with hot reload behind one URL", () => {
  let dev: ChildProcess;
  let output = "";
  let url = "";
  let serverPort = 0;
  let dataDir = "";
  const exited = () =>
    new Promise<number | null>((resolve) => {
      if (dev.exitCode !== null) resolve(dev.exitCode);
      else dev.once("exit", (code) => resolve(code));
    });

  beforeAll(async () => {
    serverPort = await freePort();
    const devPort = await freePort();
    url = `http://localhost:${devPort}`;
    dataDir = tempDir("dev");
    // Its own process group, so the test can press Ctrl+C as a terminal does: SIGINT to the group.
    dev = spawn(process.execPath, [devScript], {
      detached: true,
      env: {
        ...process.env,
        PORT: String(serverPort),
        QUARTET_DEV_PORT: String(devPort),
        QUARTET_DATA_DIR: dataDir,
        QUARTET_PUBLIC_URL: "",
        LOG_LEVEL: "info",
      },
    });
    const ready = new Promise<void>((resolve, reject) => {
      const take = (chunk: Buffer) => {
        output += chunk.toString("utf8");
        if (output.includes(`open ${url}`)) resolve();
      };
      dev.stdout?.on("data", take);
      dev.stderr?.on("data", take);
      dev.once("exit", () => reject(new Error(`pnpm dev stopped before it was ready:\n${output}`)));
    });
    await ready;
  }, 240_000);
  afterAll(async () => {
    // The script stops its tools itself (they run in process groups of their own).
    if (dev.exitCode === null) {
      dev.kill("SIGTERM");
      await exited();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints the one URL to open; it serves the admin app from source and forwards every server path", async () => {
    expect(output).toContain(`Quartet dev is ready: open ${url}`);
    expect(output).toContain("Ctrl+C stops both");

    for (const path of ["/", "/clients/cli_1"]) {
      const page = await fetch(`${url}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain("/@vite/client");
    }
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toMatchObject({ status: "ok" });
    const unknownHook = await fetch(`${url}/hooks/nobody/here`);
    expect(unknownHook.status).toBe(404);
    expect(await unknownHook.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    const notSignedIn = await fetch(`${url}/trpc/core.me`);
    expect(notSignedIn.status).toBe(401);
    const authOk = await fetch(`${url}/api/auth/ok`);
    expect(await authOk.json()).toEqual({ ok: true });
  });

  it("signs in through the URL (writes from it are allowed) and streams notifications through it unbuffered", async () => {
    const json = { "content-type": "application/json", origin: url };
    const signUp = await fetch(`${url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ name: "Dev", email: "dev@example.com", password: "correct-horse-battery-1" }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const created = await fetch(`${url}/trpc/core.org.create`, {
      method: "POST",
      headers: { ...json, cookie },
      body: JSON.stringify({ json: { name: "Ромашка" } }),
    });
    expect(created.status).toBe(200);
    const org = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json;

    // The stream never ends: its first event arriving at all shows the proxy passes it on as it comes.
    const stream = await fetch(`${url}/api/v1/notifications/stream?org=${org.id}`, { headers: { cookie } });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    expect(await readUntil(stream, "\n\n")).toContain('event: ready\ndata: {"unread":0}');
  });

  it("stops the server and the dev server on Ctrl+C", async () => {
    process.kill(-(dev.pid as number), "SIGINT");
    expect(await exited()).toBe(0);
    // Gracefully: the server ran its shutdown and was not killed for taking too long.
    expect(output).toMatch(/INFO.*: shutting down/);
    expect(output).not.toMatch(/Killing process|Force killing/);
    const refused = (target: string) =>
      fetch(target).then(
        () => false,
        () => true,
      );
    expect(await refused(`http://localhost:${serverPort}/healthz`)).toBe(true);
    expect(await refused(url)).toBe(true);
  });
});
