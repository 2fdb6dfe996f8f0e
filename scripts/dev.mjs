#!/usr/bin/env node
/**
 * `pnpm dev`: the server in watch mode (`tsx watch`, restarted on a change in apps/server, the
 * packages or the plugins, their migrations included) and the admin app with hot reload
 * (`vite` dev server) behind one URL — Vite's, which forwards the server's paths (`/trpc`, `/api`,
 * `/hooks`, `/healthz`, see apps/admin/vite.config.ts). Ctrl+C stops both.
 *
 * Ports: `PORT` for the server (3000), `QUARTET_DEV_PORT` for the URL to open (5173); data in
 * `./data` (or `QUARTET_DATA_DIR`), the same as `pnpm start`.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = process.env;
const serverPort = Number(env.PORT || 3000);
const devPort = Number(env.QUARTET_DEV_PORT || 5173);
const devUrl = `http://localhost:${devPort}`;
const serverUrl = `http://localhost:${serverPort}`;

/**
 * What `tsx watch` watches besides the server's import graph: migrations are read, not imported;
 * the config is imported at run time from a computed path.
 */
const watchAlso = [
  "../../packages/db/migrations/**/*.sql",
  "../../plugins/*/migrations/**/*.sql",
  "../../quartet.config.ts",
];

const server = run(
  "server",
  "apps/server",
  "tsx",
  [
    "watch",
    "--clear-screen=false",
    ...watchAlso.flatMap((glob) => ["--include", glob]),
    "src/cli/main.ts",
    "start",
  ],
  {
    PORT: String(serverPort),
    // Links in mail and the origin allowed to write are the URL the developer opens.
    QUARTET_PUBLIC_URL: env.QUARTET_PUBLIC_URL || devUrl,
    QUARTET_DATA_DIR: resolve(env.INIT_CWD || process.cwd(), env.QUARTET_DATA_DIR || "./data"),
    NODE_ENV: env.NODE_ENV || "development",
  },
  ["ignore", "pipe", "inherit"],
);
const admin = run(
  "admin",
  "apps/admin",
  "vite",
  ["--port", String(devPort), "--strictPort", "--clearScreen", "false"],
  {
    QUARTET_API_URL: serverUrl,
  },
);
// The server's JSON logs made readable (tsx's own lines pass through as they are); ends with them.
const logs = run(
  "log reader",
  "apps/server",
  "pino-pretty",
  ["--ignore", "pid,hostname", "--translateTime", "SYS:HH:MM:ss"],
  {},
  ["pipe", "inherit", "inherit"],
);
server.stdout.pipe(logs.stdin);
const tools = [server, admin];

let stopping = false;

/** Starts one tool from its package's `node_modules/.bin`, in that package's folder. */
function run(name, dir, bin, args, extraEnv, stdio = ["ignore", "inherit", "inherit"]) {
  const cwd = resolve(root, dir);
  const child = spawn(resolve(cwd, "node_modules/.bin", bin), args, {
    cwd,
    env: { ...env, ...extraEnv },
    stdio,
    // Its own process group: Ctrl+C reaches this script only, which stops each tool once. (tsx
    // kills the server outright on a second signal, so the terminal's and ours must not both arrive.)
    detached: true,
  });
  child.on("error", (error) => {
    console.error(`\n[dev] could not start the ${name} (${error.message}): run \`pnpm install\` first.`);
    stop(1);
  });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n[dev] the ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stop(1);
  });
  return child;
}

const running = (child) => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
const exited = (child) => new Promise((done) => (running(child) ? child.once("exit", done) : done()));

/** Ends the tools that still run and waits for them and for the last of their logs, then exits. */
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const tool of tools.filter(running)) tool.kill("SIGTERM");
  Promise.all(tools.map(exited))
    .then(() => exited(logs))
    .then(() => process.exit(code));
}

/** Resolves once `url` answers at all (any status), polling while the tools start. */
async function answering(url) {
  while (!stopping) {
    const ok = await fetch(url).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await sleep(300);
  }
}

// SIGHUP too: a closed terminal must not leave the tools (in groups of their own) holding the ports.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));

await answering(`${serverUrl}/healthz`);
await answering(`${devUrl}/healthz`);
if (!stopping) {
  console.log(
    [
      "",
      `  Quartet dev is ready: open ${devUrl}`,
      "  The admin app reloads in place; the server restarts when its code changes. Ctrl+C stops both.",
      "",
    ].join("\n"),
  );
}
