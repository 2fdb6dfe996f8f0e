import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { freePort } from "../../admin/e2e/support/server.ts";
import { tempDir } from "../test/support/quartet-cli.ts";

/** A `quartet start` process on a free port and a fresh data directory, answering `/healthz`. */
export type ServerProcess = {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** From the spawn to the first `/healthz` answer. */
  msToHealthz: number;
  /** What it printed so far. */
  output: () => string;
  /** SIGTERM; resolves with the exit code, then removes the data directory. */
  stop: () => Promise<number | null>;
};

/**
 * Starts `node <args> start` (the compiled `dist/bundle/main.js`, or the sources through tsx) with `env`
 * added, and resolves once `/healthz` answers; rejects with its output if it exits first.
 */
export async function startServerProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  const dataDir = tempDir("server-process");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { NODE_OPTIONS: _, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, [...args, "start"], {
    env: {
      ...inherited,
      PORT: String(port),
      QUARTET_DATA_DIR: dataDir,
      QUARTET_PUBLIC_URL: url,
      LOG_LEVEL: "warn",
      ...env,
    },
  });
  let printed = "";
  child.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const code = await exited;
    rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`node ${args.join(" ")} start exited with ${child.exitCode}:\n${printed}`);
    }
    const answer = await fetch(`${url}/healthz`).catch(() => null);
    if (answer?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { url, dataDir, child, msToHealthz: performance.now() - started, output: () => printed, stop };
}
