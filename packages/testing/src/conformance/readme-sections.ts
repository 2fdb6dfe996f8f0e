import type { AnyPlugin } from "@quartet/core/plugin";

/** A section the plugin guide asks every plugin README for, and when it applies. */
type Section = { name: string; words: RegExp; when?: (plugin: AnyPlugin) => boolean };

/**
 * The README sections the plugin guide requires (docs/plugin-guide.md, "README"): what the plugin
 * does, its invariants, its events, its permissions, and its settings and health readings when it
 * has them. A heading (`##` or deeper) holding the words counts: "Procedures and permissions" is
 * the permissions section.
 */
export const readmeSections: readonly Section[] = [
  { name: "What it does", words: /what it does/i },
  { name: "Invariants", words: /invariants/i },
  { name: "Events", words: /events/i },
  { name: "Permissions", words: /permissions/i },
  { name: "Settings", words: /settings/i, when: (plugin) => plugin.settings !== undefined },
  { name: "Health", words: /health/i, when: (plugin) => plugin.health !== undefined },
];

/** The headings of a markdown text (any level below the title), outside fenced code. */
export function headingsOf(markdown: string): string[] {
  let fenced = false;
  const headings: string[] = [];
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) headings.push(heading[1]);
  }
  return headings;
}

/** The required sections a README lacks for this plugin, by name. */
export function missingSections(plugin: AnyPlugin, markdown: string): string[] {
  const headings = headingsOf(markdown);
  return readmeSections
    .filter((section) => section.when?.(plugin) ?? true)
    .filter((section) => !headings.some((heading) => section.words.test(heading)))
    .map((section) => section.name);
}
