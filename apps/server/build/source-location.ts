import { readFile } from "node:fs/promises";
import { extname, relative } from "node:path";
import type { Loader, Plugin } from "esbuild";

const loaders: Record<string, Loader> = {
  ".ts": "ts",
  ".mts": "ts",
  ".tsx": "tsx",
  ".js": "js",
  ".mjs": "js",
};

/**
 * Keeps `import.meta.url` meaning the source file in the bundle: the code finds what it reads at
 * run time next to itself (migrations, the admin app's `dist`, the plugin template, fonts through
 * `createRequire`), so each use becomes that file's URL worked out from the output file, which
 * sits in `outdir` (flat chunk names) — the built server moves with the repository it was built in.
 * Files under `except` (the build's own entry) keep the output's URL.
 */
export function sourceLocation(outdir: string, except: string): Plugin {
  return {
    name: "quartet-source-location",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/, namespace: "file" }, async (args) => {
        if (args.path.includes("/node_modules/") || args.path.startsWith(except)) return undefined;
        const source = await readFile(args.path, "utf8");
        if (!source.includes("import.meta.url")) return undefined;
        const fromOutput = JSON.stringify(relative(outdir, args.path));
        return {
          contents: source.replaceAll("import.meta.url", `new URL(${fromOutput}, import.meta.url).href`),
          loader: loaders[extname(args.path)] ?? "ts",
        };
      });
    },
  };
}
