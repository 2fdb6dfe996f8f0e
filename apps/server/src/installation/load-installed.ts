import { pathToFileURL } from "node:url";
import { loadServerPlugins, type QuartetConfig } from "@quartet/core/config";
import type { AnyPlugin } from "@quartet/core/plugin";
import { findConfig } from "./find-config.ts";

/**
 * The server halves of the plugins this installation's `quartet.config.ts` lists, in its order.
 * The host checks each manifest at boot as it always does (ids, prefixes, versions, …).
 */
export async function loadInstalledPlugins(env: NodeJS.ProcessEnv = process.env): Promise<AnyPlugin[]> {
  const path = findConfig(env);
  const module = (await import(pathToFileURL(path).href)) as { default?: QuartetConfig };
  if (!module.default || !Array.isArray(module.default.plugins)) {
    throw new Error(`${path} must export default defineConfig({ plugins: [ … ] })`);
  }
  return loadServerPlugins(module.default);
}
