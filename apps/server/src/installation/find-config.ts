import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The file name of an installation's configuration. */
export const configFileName = "quartet.config.ts";

/**
 * Where this installation's `quartet.config.ts` is: `QUARTET_CONFIG` when set (a path), else the
 * nearest one above this package — the repository root in a clone, the project root when the
 * host is installed from the registry (`node_modules/@quartet/server` sits below it).
 */
export function findConfig(
  env: NodeJS.ProcessEnv = process.env,
  from = dirname(fileURLToPath(import.meta.url)),
): string {
  if (env.QUARTET_CONFIG) {
    const path = resolve(env.QUARTET_CONFIG);
    if (!existsSync(path)) throw new Error(`QUARTET_CONFIG points at ${path}, which does not exist`);
    return path;
  }
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`No ${configFileName} found above ${from}; set QUARTET_CONFIG to its path`);
}
