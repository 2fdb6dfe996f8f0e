#!/usr/bin/env node
// Builds a Quartet package for publishing: empties `dist/`, compiles `src/` with
// `tsc -p tsconfig.build.json` (JavaScript, `.jsx` kept for Solid, and `.d.ts`), then copies the
// files the compiler does not emit — stylesheets and other assets that the code imports — beside
// the compiled modules. Run it as the package's `build` script: `"build": "quartet-build"`.
// A package that compiles more than `src/` (its tsconfig.build.json's rootDir is the package)
// names its folders as `<from>:<to>` pairs instead, e.g. `quartet-build src:dist/src test:dist/test`:
// only those `<to>` folders are emptied, and each `<from>`'s assets are copied to its `<to>`.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync, statSync } from "node:fs";

const sources = /\.[cm]?tsx?$/;
const pairs = process.argv.slice(2).map((pair) => pair.split(":"));
const folders = pairs.length > 0 ? pairs : [["src", "dist"]];

for (const [, to] of folders) rmSync(to, { recursive: true, force: true });
const tsc = spawnSync("tsc", ["-p", "tsconfig.build.json"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (tsc.error) throw tsc.error;
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
for (const [from, to] of folders) {
  if (!existsSync(from)) continue;
  cpSync(from, to, {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || !sources.test(path),
  });
}
