import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { findConfig } from "../../installation/find-config.ts";
import { fail } from "../output.ts";
import { planNewPlugin, registerPlugin, writePluginFiles } from "../plugin-template/plan.ts";

const usage = "usage: quartet plugin new ID [--function prospecting|first-sale|farming|vip]";

/** Runs a command in the root, its output shown unless `quiet`; true when it succeeded. */
function run(root: string, command: string, args: string[], quiet = false): boolean {
  return spawnSync(command, args, { cwd: root, stdio: quiet ? "ignore" : "inherit" }).status === 0;
}

/**
 * `quartet plugin new ID [--function …]`: scaffolds `plugins/<id>/` — manifest, a table and its
 * migration, a procedure with its permission, a page, a client widget, README and passing tests —
 * registers it in `quartet.config.ts` and the root `package.json`, and installs it.
 */
export async function pluginNewCommand(
  args: string[],
  flags: { function?: string },
  installed: readonly string[],
): Promise<void> {
  const [id, extra] = args;
  if (!id || extra) return fail(usage);
  const root = dirname(findConfig());
  const planned = planNewPlugin({ root, id, fn: flags.function, installed, now: Date.now() });
  if (!planned.ok) return fail(planned.problem);
  const { plan } = planned;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(
    `Creating the plugin "${id}" in ${plan.dir}: package ${plan.names.packageName}, tables ${plan.names.prefix}*, router key ${plan.names.key}`,
  );
  writePluginFiles(root, plan);
  say(`  wrote ${plan.files.size} files`);
  if (run(root, "pnpm", ["exec", "biome", "format", "--write", plan.dir], true))
    say("  formatted them (biome)");
  registerPlugin(root, plan);
  say(`  listed it in quartet.config.ts and added ${plan.names.packageName} to package.json`);
  // A new workspace package changes the lockfile by definition; pnpm freezes it under CI=true.
  say("  installing (pnpm install --offline)…");
  if (!run(root, "pnpm", ["install", "--offline", "--no-frozen-lockfile"])) {
    return fail(
      `pnpm install --offline failed; the plugin is written and registered: run pnpm install in ${root}`,
    );
  }
  const next = [
    [`cd ${plan.dir} && pnpm test`, "its tests: a real host, the forbidden actor, the conformance check"],
    [`pnpm quartet plugin check ${id}`, "the conformance check on its own"],
    ["pnpm dev", `then enable «${plan.names.title}» on the functions page of an organisation`],
  ];
  const width = Math.max(...next.map(([command]) => command?.length ?? 0));
  say(`Done. Next:\n${next.map(([command, what]) => `  ${command?.padEnd(width)}   ${what}`).join("\n")}`);
}
