import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Locale, type MessageRef, wordMessage } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { findConfig } from "../../installation/find-config.ts";
import { fail } from "../output.ts";
import { operatorLocale } from "./ops/operator-locale.ts";
import { pluginCheckMessages as m } from "./plugin-check-messages.ts";

/** A finding as the kit reports it: a rule, and what was found as a message key and parameters. */
type Finding = { rule: string; ok: boolean; message: MessageRef; skipped?: true };

/** What the CLI uses of `@quartet/testing/conformance` (typed here: the server never depends on the kit). */
type Conformance = {
  checkConformance(plugin: AnyPlugin, options: { installed?: readonly AnyPlugin[] }): Promise<Finding[]>;
  wordFinding(finding: Finding, locale: Locale): { title: string; text: string };
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
 * ✓ or ✗ (– when another failure kept a rule from being checked), in the operator's language
 * (`QUARTET_LOCALE`, `LC_ALL`, `LC_MESSAGES` or `LANG`: Russian for `ru…`). Exit code 1 on any failure.
 */
export async function pluginCheckCommand(
  args: readonly string[],
  plugins: readonly AnyPlugin[],
  locale: Locale = operatorLocale(process.env),
): Promise<void> {
  const say = (key: string, params?: Parameters<typeof wordMessage>[2]) => wordMessage(locale, key, params);
  const [id] = args;
  const installed = plugins.map((p) => p.id).join(", ");
  if (!id) return fail(say(m.usage, { installed }));
  const plugin = plugins.find((p) => p.id === id);
  if (!plugin) return fail(say(m.notInstalled, { id, installed }));
  const root = dirname(findConfig());
  const conformance = await loadConformance(root);
  if (!conformance) return fail(say(m.noKit, { kit, root }));
  const findings = await conformance.checkConformance(plugin, { installed: plugins });
  process.stdout.write(`${plugin.id} ${plugin.version}\n`);
  for (const f of findings) {
    const { title, text } = conformance.wordFinding(f, locale);
    process.stdout.write(`  ${f.ok ? "✓" : f.skipped ? "–" : "✗"} ${title}: ${text}\n`);
  }
  const broken = findings.filter((f) => !f.ok && !f.skipped).length;
  const unchecked = findings.filter((f) => f.skipped).length;
  const total = findings.length;
  const verdict = broken
    ? say(m.breaks, { id: plugin.id, count: broken, total })
    : unchecked
      ? say(m.unchecked, { id: plugin.id, count: unchecked, total })
      : say(m.keepsAll, { id: plugin.id, count: total });
  process.stdout.write(`\n${verdict}\n`);
  if (broken + unchecked > 0) process.exitCode = 1;
}
