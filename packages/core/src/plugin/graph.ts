/** A node of the plugin dependency graph: enough of a manifest to order and close over it. */
export type PluginNode = { id: string; dependsOn: readonly string[] };

/** A manifest problem found at boot, named so an operator can fix it. */
export class ManifestError extends Error {
  /** The plugins at fault, so the host can skip exactly them. */
  readonly pluginIds: readonly string[];

  constructor(message: string, pluginIds: readonly string[] = []) {
    super(message);
    this.name = "ManifestError";
    this.pluginIds = pluginIds;
  }
}

/**
 * Orders plugins so that every plugin comes after its dependencies. Throws `ManifestError`
 * on an unknown dependency or a cycle, naming the path.
 */
export function dependencyOrder<P extends PluginNode>(plugins: readonly P[]): P[] {
  const byId = new Map(plugins.map((p) => [p.id, p]));
  const ordered: P[] = [];
  const state = new Map<string, "visiting" | "done">();

  const visit = (plugin: P, path: string[]) => {
    const seen = state.get(plugin.id);
    if (seen === "done") return;
    if (seen === "visiting") {
      const cycle = [...path.slice(path.indexOf(plugin.id)), plugin.id];
      throw new ManifestError(`Plugin dependency cycle: ${cycle.join(" → ")}`, cycle.slice(1));
    }
    state.set(plugin.id, "visiting");
    for (const dep of plugin.dependsOn) {
      const target = byId.get(dep);
      if (!target)
        throw new ManifestError(`Plugin "${plugin.id}" depends on unknown plugin "${dep}"`, [plugin.id]);
      visit(target, [...path, plugin.id]);
    }
    state.set(plugin.id, "done");
    ordered.push(plugin);
  };

  for (const plugin of plugins) visit(plugin, []);
  return ordered;
}

/** The plugin and everything it needs, dependencies first. */
export function dependencyClosure<P extends PluginNode>(plugins: readonly P[], id: string): P[] {
  const byId = new Map(plugins.map((p) => [p.id, p]));
  const needed = new Set<string>();
  const walk = (current: string) => {
    if (needed.has(current)) return;
    const plugin = byId.get(current);
    if (!plugin) throw new ManifestError(`Unknown plugin "${current}"`);
    needed.add(current);
    for (const dep of plugin.dependsOn) walk(dep);
  };
  walk(id);
  return dependencyOrder(plugins).filter((p) => needed.has(p.id));
}

/** Plugins that depend on `id`, directly or through others, dependents last. */
export function dependentsOf<P extends PluginNode>(plugins: readonly P[], id: string): P[] {
  const found = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const plugin of plugins) {
      if (found.has(plugin.id)) continue;
      if (plugin.dependsOn.some((dep) => dep === id || found.has(dep))) {
        found.add(plugin.id);
        grew = true;
      }
    }
  }
  return dependencyOrder(plugins).filter((p) => found.has(p.id));
}
