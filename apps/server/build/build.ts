/**
 * `pnpm build` of the server (`tsx build/build.ts`): compiles the `quartet` CLI and the
 * installation's `quartet.config.ts` (found as the server finds it) with its plugins into
 * `dist/bundle/`, so `node dist/bundle/main.js start` runs without a TypeScript transpiler. Run it again after
 * changing the config or a plugin (turbo does: see turbo.json).
 */
import { findConfig } from "../src/installation/find-config.ts";
import { compileServer, defaultOutdir } from "./compile.ts";

const config = findConfig();
const metafile = await compileServer({ config });
const outputs = Object.values(metafile.outputs);
const kilobytes = Math.round(outputs.reduce((sum, output) => sum + output.bytes, 0) / 1024);
process.stdout.write(
  `server compiled from ${config} into ${defaultOutdir}: ${outputs.length} files, ${kilobytes} kB\n`,
);
