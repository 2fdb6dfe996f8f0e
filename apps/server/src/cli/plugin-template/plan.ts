import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type PluginNames, pluginNames } from "./names.ts";
import { addDependency, addToConfig } from "./register.ts";
import { renderPlugin } from "./render.ts";

/** Everything `plugin new` will write, worked out before anything is written. */
export type NewPluginPlan = {
  names: PluginNames;
  /** The plugin's folder, relative to the root: `plugins/loyalty`. */
  dir: string;
  files: Map<string, string>;
  config: string;
  packageJson: string;
};

/**
 * Plans a new plugin in an installation rooted at `root` (where `quartet.config.ts` and the root
 * `package.json` are), or says why it cannot: a bad or taken id, an existing folder, a config
 * without a plugins list.
 */
export function planNewPlugin(input: {
  root: string;
  id: string;
  fn: string | undefined;
  installed: readonly string[];
  now: number;
}): { ok: true; plan: NewPluginPlan } | { ok: false; problem: string } {
  const named = pluginNames(input.id, input.fn, input.installed);
  if (!named.ok) return named;
  const dir = `plugins/${input.id}`;
  if (existsSync(join(input.root, dir)))
    return { ok: false, problem: `${dir} already exists: choose another id` };
  const packageText = readFileSync(join(input.root, "package.json"), "utf8");
  if (packageText.includes(`"${named.names.packageName}"`)) {
    return {
      ok: false,
      problem: `package.json already depends on ${named.names.packageName}: choose another id`,
    };
  }
  let config: string;
  try {
    config = addToConfig(
      readFileSync(join(input.root, "quartet.config.ts"), "utf8"),
      named.names.packageName,
    );
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  return {
    ok: true,
    plan: {
      names: named.names,
      dir,
      files: renderPlugin(named.names, input.now),
      config,
      packageJson: addDependency(packageText, named.names.packageName),
    },
  };
}

/** Writes the plugin's files under the root. */
export function writePluginFiles(root: string, plan: NewPluginPlan): void {
  for (const [path, text] of plan.files) {
    const target = join(root, plan.dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/** Registers the plugin: its line in `quartet.config.ts` and its dependency in the root `package.json`. */
export function registerPlugin(root: string, plan: NewPluginPlan): void {
  writeFileSync(join(root, "quartet.config.ts"), plan.config);
  writeFileSync(join(root, "package.json"), plan.packageJson);
}
