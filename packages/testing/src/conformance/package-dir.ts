import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AnyPlugin } from "@quartet/core/plugin";

/**
 * The folder of the package a plugin comes from: the nearest one above its migrations folder that
 * holds a package.json; undefined for a plugin without tables (then pass `packageDir`).
 */
export function packageDirOf(plugin: AnyPlugin): string | undefined {
  let dir = plugin.db?.migrationsFolder;
  while (dir && dirname(dir) !== dir) {
    if (existsSync(join(dir, "package.json"))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}
