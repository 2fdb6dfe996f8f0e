import type { AnyPlugin } from "../plugin/define-plugin.ts";
import type { QuartetConfig } from "./define-config.ts";

/** A config entry whose module did not give what it must: names the entry by its place. */
export class InstalledPluginError extends Error {
  constructor(
    readonly position: number,
    readonly half: "server" | "admin",
    detail: string,
  ) {
    super(`quartet.config.ts, plugin ${position}: its ${half} module ${detail}`);
    this.name = "InstalledPluginError";
  }
}

async function loadHalf(
  load: () => Promise<{ readonly default: unknown }>,
  position: number,
  half: "server" | "admin",
): Promise<unknown> {
  const module = await load();
  if (!module || module.default === undefined) {
    throw new InstalledPluginError(
      position,
      half,
      "has no default export (export the definition as default)",
    );
  }
  const value = module.default;
  if (typeof value !== "object" || value === null || typeof (value as { id?: unknown }).id !== "string") {
    throw new InstalledPluginError(
      position,
      half,
      "default export is not a plugin definition (it has no id)",
    );
  }
  return value;
}

/** Loads the server halves of a configuration, in its order (the host then checks each manifest). */
export async function loadServerPlugins(config: QuartetConfig): Promise<AnyPlugin[]> {
  return Promise.all(
    config.plugins.map((entry, i) => loadHalf(entry.server, i + 1, "server") as Promise<AnyPlugin>),
  );
}

/** Loads the admin halves of a configuration, in its order, skipping plugins without a UI. */
export async function loadAdminPlugins<A>(config: QuartetConfig): Promise<A[]> {
  const halves = await Promise.all(
    config.plugins.map((entry, i) => (entry.admin ? loadHalf(entry.admin, i + 1, "admin") : undefined)),
  );
  return halves.filter((half) => half !== undefined) as A[];
}
