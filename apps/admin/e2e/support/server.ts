import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminDir, distDir } from "./paths.ts";

/** A running Quartet server for a test file. */
export type TestServer = {
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
  /** What the server has printed so far (mail it could not send is logged at `info`). */
  output: () => string;
};

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealthz(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`GET ${url}/healthz did not answer 200 within ${timeoutMs} ms:\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real server (`node --import tsx ../server/src/cli/main.ts start`) on a free port with a
 * fresh data directory, serving the built app; resolves once `/healthz` answers 200.
 * Set `QUARTET_E2E_URL` to test an already running server (or `vite preview`) instead.
 * `smtpUrl` sends the server's mail there (`startSmtpSink()` from `@quartet/server/testing/smtp-sink`);
 * `env` adds settings (e.g. `QUARTET_SIGNUP`).
 */
export async function startServer(
  options: { timeoutMs?: number; logLevel?: string; smtpUrl?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const external = process.env.QUARTET_E2E_URL;
  if (external)
    return {
      url: external.replace(/\/$/, ""),
      port: Number(new URL(external).port),
      dataDir: "",
      stop: async () => {},
      output: () => "",
    };
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`${distDir} has no build; run "pnpm build" in apps/admin first`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "quartet-e2e-"));
  const child = spawn(process.execPath, ["--import", "tsx", "../server/src/cli/main.ts", "start"], {
    cwd: adminDir,
    env: {
      ...process.env,
      QUARTET_DATA_DIR: dataDir,
      PORT: String(port),
      QUARTET_ADMIN_DIR: distDir,
      // Writes must come from the public origin (CSRF guard), so it is the address the browser opens.
      QUARTET_PUBLIC_URL: url,
      LOG_LEVEL: options.logLevel ?? "warn",
      ...(options.smtpUrl && { QUARTET_SMTP_URL: options.smtpUrl }),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealthz(url, child, () => output, options.timeoutMs ?? 75_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, dataDir, stop, output: () => output };
}
