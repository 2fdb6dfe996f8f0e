#!/usr/bin/env node
// Builds a Quartet package for publishing: empties `dist/`, compiles `src/` with
// `tsc -p tsconfig.build.json` (JavaScript, `.jsx` kept for Solid, and `.d.ts`), then copies the
// files the compiler does not emit — stylesheets and other assets that the code imports — beside
// the compiled modules. Run it as the package's `build` script: `"build": "quartet-build"`.
import { spawnSync } from "node:child_process";
import { cpSync, rmSync, statSync } from "node:fs";

const sources = /\.[cm]?tsx?$/;

rmSync("dist", { recursive: true, force: true });
const tsc = spawnSync("tsc", ["-p", "tsconfig.build.json"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (tsc.error) throw tsc.error;
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
cpSync("src", "dist", {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || !sources.test(path),
});
