/**
 * `quartet.config.ts` with one more plugin line at the end of its `plugins` list; unchanged when
 * the package is already listed. Throws when the list cannot be found, so nothing is half-written.
 *
 * @example addToConfig(text, "@quartet/loyalty") // …{ server: () => import("@quartet/loyalty/server"), admin: … },\n  ],
 */
export function addToConfig(text: string, packageName: string): string {
  if (text.includes(`"${packageName}/server"`)) return text;
  const start = text.search(/plugins:\s*\[/);
  const end = start < 0 ? -1 : text.slice(start).search(/\n(\s*)\],/);
  if (end < 0) throw new Error("quartet.config.ts has no `plugins: [ … ],` list to add the plugin to");
  const at = start + end + 1;
  const indent = `${/^(\s*)/.exec(text.slice(at))?.[1] ?? ""}  `;
  const server = `server: () => import("${packageName}/server")`;
  const admin = `admin: () => import("${packageName}/admin")`;
  const line = `${indent}{ ${server}, ${admin} },`;
  // Past the formatter's 110 columns, the entry is written the way biome would wrap it.
  const entry =
    line.length <= 110 ? line : `${indent}{\n${indent}  ${server},\n${indent}  ${admin},\n${indent}},`;
  return `${text.slice(0, at)}${entry}\n${text.slice(at)}`;
}

/**
 * The root `package.json` with the plugin among its `dependencies` (`workspace:*`, keys kept in
 * order), as pnpm writes it: two-space JSON and a final newline.
 */
export function addDependency(text: string, packageName: string): string {
  const pkg = JSON.parse(text) as { dependencies?: Record<string, string> };
  const dependencies = { ...pkg.dependencies, [packageName]: "workspace:*" };
  pkg.dependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
