import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { adminHalvesLeftOut } from "./admin-halves.ts";
import { externalPackages } from "./external-packages.ts";
import { sourceLocation } from "./source-location.ts";

/** This folder: the entry and the plugins of the build. */
const here = fileURLToPath(new URL(".", import.meta.url));

/** Where `pnpm build` puts the compiled server. */
export const defaultOutdir = fileURLToPath(new URL("../dist/bundle", import.meta.url));

/**
 * Compiles the `quartet` CLI and an installation's `quartet.config.ts` with its plugins' server
 * halves into JavaScript in `outdir` (emptied first): `main.js` (run `node main.js start`),
 * `quartet.config.js` and their shared chunks, one copy of each workspace module. npm packages
 * stay external; files read at run time are read where they are in the repository.
 */
export async function compileServer(options: { config: string; outdir?: string }): Promise<Metafile> {
  const outdir = options.outdir ?? defaultOutdir;
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { main: `${here}entry.ts`, "quartet.config": options.config },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Node's own choice among a package's exports and fields, so a package is loaded once, by one path.
    conditions: ["node"],
    mainFields: ["main"],
    // Flat: every output file sits in `outdir`, which paths in the code are worked out from.
    chunkNames: "[name]-[hash]",
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    plugins: [adminHalvesLeftOut(options.config), externalPackages(outdir), sourceLocation(outdir, here)],
  });
  return result.metafile;
}
