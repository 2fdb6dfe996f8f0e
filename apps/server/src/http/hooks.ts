import { hostMessages, localeOfRequest, systemActor, wordMessage } from "@quartet/core";
import type { HookEnv, HookResolution } from "@quartet/core/plugin";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Host } from "../host/create-host.ts";

/** The largest body any public endpoint accepts; plugins may set a stricter limit. */
export const maxHookBodyBytes = 256 * 1024;

/**
 * Mounts each plugin's public endpoints under `/hooks/<pluginId>`. A handler finds its
 * organisation with `c.var.resolveHook(key)`, which answers null unless the key belongs to
 * this plugin in an organisation that has it enabled — so hooks are inert elsewhere.
 */
export function mountHooks(app: Hono, host: Host): void {
  for (const plugin of host.registry.plugins) {
    if (!plugin.http) continue;
    let routes: Hono<HookEnv>;
    try {
      routes = plugin.http();
    } catch (error) {
      host.logger.error({ plugin: plugin.id, err: error }, "plugin HTTP endpoints failed to load; skipped");
      continue;
    }
    const hooks = new Hono<HookEnv>();
    hooks.use(
      "*",
      bodyLimit({ maxSize: maxHookBodyBytes, onError: (c) => c.json(tooLarge(c.req.raw), 413) }),
    );
    hooks.use("*", async (c, next) => {
      c.set("resolveHook", (key) => resolveHook(host, plugin.id, key));
      await next();
    });
    hooks.route("/", routes);
    app.route(`/hooks/${plugin.id}`, hooks);
  }
}

const tooLarge = (request: Request) => ({
  error: {
    code: "PAYLOAD_TOO_LARGE",
    message: wordMessage(localeOfRequest(request.headers), hostMessages.bodyTooLarge),
    fields: null,
  },
});

async function resolveHook(host: Host, pluginId: string, key: string): Promise<HookResolution | null> {
  const owner = await host.hookKeys.lookup(key);
  if (!owner || owner.pluginId !== pluginId) return null;
  if (!(await host.installations.enabledIds(owner.orgId)).has(pluginId)) return null;
  const { actor: _actor, ...context } = host.serviceContext({
    actor: hookActor,
    org: await host.runtime(owner.orgId),
    clock: host.clock,
    logger: host.logger.child({ plugin: pluginId, org: owner.orgId }),
    settings: await host.settingsOf(owner.orgId, pluginId),
  });
  return { key, ...context, staffLinks: host.notifications.staffLinks(owner.orgId) };
}

/** The actor recorded for writes that arrive through a public endpoint. */
export const hookActor = { ...systemActor, id: "hook", name: "public endpoint" };
