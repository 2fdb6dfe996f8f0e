import { relative } from "node:path";
import type { Plugin } from "esbuild";

/**
 * Leaves npm packages out of the bundle (native modules, pino, pdfkit's data files work as they
 * are installed) and bundles the workspace's own packages, whose exports are TypeScript sources.
 * A package is external when it resolves into `node_modules` (workspace packages resolve to their
 * folders). Its import names the resolved file relative to the output: the package a plugin
 * depends on need not be a dependency of the server (pnpm installs each package's own
 * dependencies beside it), and it is resolved as Node would (`import`/`require`, `node`, `default`).
 */
export function externalPackages(outdir: string): Plugin {
  return {
    name: "quartet-external-packages",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "resolving") return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: "resolving",
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (resolved.external || !resolved.path.includes("/node_modules/")) {
          return { path: resolved.path, external: resolved.external, namespace: resolved.namespace };
        }
        const path = relative(outdir, resolved.path);
        return { path: path.startsWith(".") ? path : `./${path}`, external: true };
      });
    },
  };
}
