import { realpathSync } from "node:fs";
import type { Plugin } from "esbuild";

const namespace = "quartet-admin-half";

/**
 * The installation's config names each plugin's admin half beside its server half; the server
 * never loads the admin halves (Solid components, styles: the admin app's build has them), so
 * the server build puts a module in their place that says so if anything ever imports one — each
 * `admin: () => import("…/admin")` of that file, as the admin app's build leaves out each
 * `…/server` (apps/admin/build/server-halves.ts).
 */
export function adminHalvesLeftOut(configPath: string): Plugin {
  const config = realpathSync(configPath);
  return {
    name: "quartet-admin-halves",
    setup(build) {
      build.onResolve({ filter: /\/admin$/ }, (args) =>
        args.namespace === "file" && args.importer !== "" && realpathSync(args.importer) === config
          ? { path: args.path, namespace }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`${args.path} is an admin half: the server build leaves it out`)});`,
        loader: "js",
      }));
    },
  };
}
