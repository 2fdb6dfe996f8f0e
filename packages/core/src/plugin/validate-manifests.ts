import { validateDocumentSources } from "../documents/source.ts";
import { catalogData } from "../messages/registry.ts";
import { catalogProblems } from "../messages/validate.ts";
import { validateNotifications } from "../notifications/validate.ts";
import { corePermissions } from "../permissions.ts";
import { validateAgenda } from "./agenda.ts";
import { validateBoundaries } from "./boundaries.ts";
import { validateClientDeals } from "./client-deals.ts";
import { eventKey } from "./define-event.ts";
import type { AnyPlugin } from "./define-plugin.ts";
import { dependencyOrder, ManifestError } from "./graph.ts";
import { validatePlan } from "./plan.ts";
import { validateSearch } from "./search.ts";

// The plugin's document sources: each well formed in its namespace, no type twice, named in both
// languages, guarded by permissions the host knows (the plugin's own or core's).
function validateDocuments(plugin: AnyPlugin): void {
  validateDocumentSources(plugin);
  const fail = (why: string) => {
    throw new ManifestError(`Plugin "${plugin.id}" declares document type ${why}`, [plugin.id]);
  };
  const known = new Set([
    ...plugin.permissions.map((p) => p.id),
    ...Object.values(corePermissions).map((p) => p.id),
  ]);
  const types = new Set<string>();
  for (const source of plugin.documents ?? []) {
    if (types.has(source.type)) fail(`"${source.type}" twice`);
    types.add(source.type);
    if (typeof source.name?.en !== "string" || typeof source.name?.ru !== "string")
      fail(`"${source.type}" without a name in both languages`);
    for (const permission of [source.permission, source.readPermission]) {
      if (!known.has(permission)) fail(`"${source.type}" with an unknown permission "${String(permission)}"`);
    }
  }
}

// The plugin's catalog: its own namespace, both languages, matching placeholders.
function validateMessages(plugin: AnyPlugin): void {
  if (plugin.messages === undefined) return;
  const data = catalogData(plugin.messages);
  const problems = data ? catalogProblems(data, plugin.id) : ["not built with defineMessages"];
  if (problems.length) {
    throw new ManifestError(`Plugin "${plugin.id}" messages: ${problems.join("; ")}`, [plugin.id]);
  }
}

const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Checks the installed plugins at boot and returns them in dependency order. Throws a
 * `ManifestError` naming the plugin and the problem.
 */
export function validateManifests<P extends AnyPlugin>(plugins: readonly P[]): P[] {
  const seen = new Set<string>();
  for (const plugin of plugins) {
    if (seen.has(plugin.id)) throw new ManifestError(`Plugin "${plugin.id}" is installed twice`, [plugin.id]);
    seen.add(plugin.id);
    validateOne(plugin);
  }
  return dependencyOrder(plugins);
}

/** Checks one manifest on its own (namespaces, version, subscribers, jobs, tables and their prefix). */
export function validateOne(plugin: AnyPlugin): void {
  if (!idPattern.test(plugin.id) || plugin.id === "core") {
    throw new ManifestError(`Plugin id "${plugin.id}" must be lower-case kebab-case and not "core"`, [
      plugin.id,
    ]);
  }
  for (const permission of plugin.permissions) {
    if (!permission.id.startsWith(`${plugin.id}.`)) {
      throw new ManifestError(
        `Plugin "${plugin.id}" declares permission "${permission.id}" outside its namespace`,
        [plugin.id],
      );
    }
  }
  for (const event of plugin.events.emits) {
    if (!event.name.startsWith(`${plugin.id}.`)) {
      throw new ManifestError(`Plugin "${plugin.id}" emits "${event.name}" outside its namespace`, [
        plugin.id,
      ]);
    }
  }
  const consumed = new Set(plugin.events.consumes.map(eventKey));
  const names = new Set<string>();
  for (const subscriber of plugin.subscribers ?? []) {
    if (!consumed.has(eventKey(subscriber.event))) {
      throw new ManifestError(
        `Plugin "${plugin.id}" subscribes to "${eventKey(subscriber.event)}" without listing it in events.consumes`,
        [plugin.id],
      );
    }
    if (names.has(subscriber.name)) {
      throw new ManifestError(`Plugin "${plugin.id}" has two subscribers named "${subscriber.name}"`, [
        plugin.id,
      ]);
    }
    names.add(subscriber.name);
  }
  const subscribed = new Set((plugin.subscribers ?? []).map((subscriber) => eventKey(subscriber.event)));
  for (const key of consumed) {
    if (!subscribed.has(key)) {
      const message = `Plugin "${plugin.id}" consumes "${key}" but no subscriber handles it`;
      throw new ManifestError(message, [plugin.id]);
    }
  }
  for (const job of plugin.jobs ?? []) {
    if (!(job.everyMs >= 1000)) {
      throw new ManifestError(`Plugin "${plugin.id}" job "${job.name}" must run at most once a second`, [
        plugin.id,
      ]);
    }
  }
  validatePlan(plugin);
  validateSearch(plugin);
  validateClientDeals(plugin);
  validateMessages(plugin);
  validateNotifications(plugin);
  validateAgenda(plugin);
  validateDocuments(plugin);
  validateBoundaries(plugin);
  if (plugin.db && !plugin.db.migrationsFolder) {
    throw new ManifestError(`Plugin "${plugin.id}" declares tables without a migrations folder`, [plugin.id]);
  }
}
