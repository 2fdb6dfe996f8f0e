import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { PluginNames } from "./names.ts";

/** Where the template files are: each is a plugin file with `.tmpl` appended and `__NAME__` placeholders. */
export const templateDir = fileURLToPath(new URL("./files/", import.meta.url));

/** The placeholders of the templates and what each becomes for a plugin. */
export function placeholders(names: PluginNames, now: number): Record<string, string> {
  return {
    __ID__: names.id,
    __PREFIX__: names.prefix,
    __KEY__: names.key,
    __PASCAL__: names.pascal,
    __TITLE__: names.title,
    __PACKAGE__: names.packageName,
    __FUNCTION__: names.function === null ? "null" : JSON.stringify(names.function),
    __FUNCTION_WORDS__: names.function === null ? "none" : `\`${names.function}\``,
    __MIGRATION_WHEN__: String(now),
    __SNAPSHOT_ID__: randomUUID(),
  };
}

/**
 * The files of a new plugin: path inside `plugins/<id>/` → content, rendered from the templates.
 *
 * @example renderPlugin(names, Date.now()).get("src/server/index.ts") // the manifest
 */
export function renderPlugin(names: PluginNames, now: number): Map<string, string> {
  const values = placeholders(names, now);
  const pattern = new RegExp(Object.keys(values).join("|"), "g");
  const files = new Map<string, string>();
  for (const entry of readdirSync(templateDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".tmpl")) continue;
    const path = join(entry.parentPath, entry.name);
    const target = relative(templateDir, path).slice(0, -".tmpl".length).split("\\").join("/");
    files.set(
      target,
      readFileSync(path, "utf8").replace(pattern, (token) => values[token] ?? token),
    );
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
