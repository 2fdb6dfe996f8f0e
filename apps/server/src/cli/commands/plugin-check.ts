import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AnyPlugin } from "@quartet/core/plugin";
import { findConfig } from "../../installation/find-config.ts";
import { fail } from "../output.ts";

/** What the CLI uses of `@quartet/testing/conformance` (typed here: the server never depends on the kit). */
type Conformance = {
  checkConformance(
    plugin: AnyPlugin,
    options: { installed?: readonly AnyPlugin[] },
  ): Promise<{ rule: string; ok: boolean; message: string; skipped?: true }[]>;
};

const kit = "@quartet/testing/conformance";

/**
 * The conformance check, imported at run time from the installation's root (where
 * `quartet.config.ts` is): the test kit depends on the server, so the server cannot depend on it.
 */
async function loadConformance(root: string): Promise<Conformance | null> {
  const manifest = join(root, "package.json");
  if (!existsSync(manifest)) return null;
  try {
    const path = createRequire(manifest).resolve(kit);
    return (await import(pathToFileURL(path).href)) as Conformance;
  } catch {
    return null;
  }
}

/**
 * `quartet plugin check <id>`: runs the conformance check for an installed plugin in a real host
 * on temporary files (nothing of this installation's data is touched) and prints a line per rule,
 * ✓ or ✗ (– when another failure kept a rule from being checked). Exit code 1 on any failure.
 */
export async function pluginCheckCommand(
  args: readonly string[],
  plugins: readonly AnyPlugin[],
): Promise<void> {
  const [id] = args;
  const installed = plugins.map((p) => p.id).join(", ");
  if (!id) return fail(`usage: quartet plugin check <id> (installed: ${installed})`);
  const plugin = plugins.find((p) => p.id === id);
  if (!plugin) return fail(`no installed plugin "${id}" in quartet.config.ts (installed: ${installed})`);
  const root = dirname(findConfig());
  const conformance = await loadConformance(root);
  if (!conformance)
    return fail(`${kit} is not installed at ${root}: add it with \`pnpm add -D -w @quartet/testing\``);
  const findings = await conformance.checkConformance(plugin, { installed: plugins });
  process.stdout.write(`${plugin.id} ${plugin.version}\n`);
  for (const f of findings)
    process.stdout.write(`  ${f.ok ? "✓" : f.skipped ? "–" : "✗"} ${f.rule}: ${f.message}\n`);
  const broken = findings.filter((f) => !f.ok && !f.skipped).length;
  const unchecked = findings.filter((f) => f.skipped).length;
  const verdict = broken
    ? `${plugin.id} breaks ${broken} of ${findings.length} rules`
    : unchecked
      ? `${plugin.id}: ${unchecked} of ${findings.length} rules could not be checked`
      : `${plugin.id} keeps all ${findings.length} rules`;
  process.stdout.write(`\n${verdict}\n`);
  if (broken + unchecked > 0) process.exitCode = 1;
}
