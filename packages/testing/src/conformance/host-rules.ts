import { type AnyPlugin, dependencyClosure } from "@quartet/core/plugin";
import { type PluginHost, pluginHost, tableNames } from "@quartet/server/testing";
import { type ConformanceRule, type Finding, failed, passed, type Said, skipped } from "./findings.ts";
import { conformanceMessages as m } from "./messages.ts";
import { forbiddenActorRule } from "./rules/forbidden-actor.ts";
import { healthProblem } from "./rules/health.ts";
import { keepsDataRule } from "./rules/keeps-data.ts";
import { purgeRule } from "./rules/purge.ts";

/** The rules that need the plugin running in a host. */
const hostRuleIds = ["forbidden-actor", "keeps-data", "purge", "health"] as const satisfies ConformanceRule[];

/** A rule's finding, or a failed one naming what it threw. */
async function guarded(rule: ConformanceRule, run: () => Promise<Finding>): Promise<Finding> {
  try {
    return await run();
  } catch (error) {
    return failed(rule, m.stopped, { error: (error as Error).message });
  }
}

/**
 * Runs the rules that need a real host: the plugin installed with `installed` on temporary libSQL
 * files, its dependencies enabled, then the plugin enabled in a fresh organisation (its health
 * read), `seed(h)` run, every gated procedure called by a member without its permission, disabled
 * and enabled again, and purged. A plugin the host refuses at boot or on enable is reported under
 * the static rules; these are then skipped.
 */
export async function hostRules<const P extends readonly AnyPlugin[]>(
  plugin: AnyPlugin,
  installed: P,
  seed: ((h: PluginHost<P>) => Promise<void>) | undefined,
): Promise<Finding[]> {
  const skipAll = (why: Said) => hostRuleIds.map((rule) => skipped(rule, why));
  let dependencies: AnyPlugin[];
  try {
    dependencies = dependencyClosure(installed, plugin.id).filter((p) => p.id !== plugin.id);
  } catch (error) {
    return skipAll({ key: m.dependencyMissing, params: { error: (error as Error).message } });
  }
  const h = await pluginHost(installed, { enable: dependencies.map((p) => p.id) });
  const any = h as unknown as PluginHost<readonly AnyPlugin[]>;
  try {
    const refused = h.t.host.registry.failures.find((f) => f.pluginId === plugin.id);
    if (refused) return skipAll({ key: m.refusedAtBoot, params: { error: refused.error } });
    const before = await tableNames((await h.t.host.orgs.get(h.orgId)).db);
    try {
      await h.t.host.lifecycle.enable(h.orgId, plugin.id, h.ownerActor);
    } catch (error) {
      return skipAll({ key: m.enableFailed, params: { error: (error as Error).message } });
    }
    const fresh = await healthProblem(any, plugin, m.whenFresh);
    if (seed) await seed(h);
    await h.deliver();
    const seeded = seed && !fresh ? await healthProblem(any, plugin, m.whenSeeded) : null;
    const health = fresh ?? seeded;
    return [
      await guarded("forbidden-actor", () => forbiddenActorRule(any, plugin)),
      await guarded("keeps-data", () => keepsDataRule(any, plugin)),
      await guarded("purge", () => purgeRule(any, plugin, before)),
      !plugin.health
        ? passed("health", m.healthNone)
        : health
          ? failed("health", health.key, health.params)
          : passed("health", seed ? m.healthOkSeeded : m.healthOk),
    ];
  } finally {
    await h.close();
  }
}
