import type { HookEnv } from "@quartet/core/plugin";
import type { Context } from "hono";
import type { ProspectingSettings } from "../../contracts/settings.ts";
import { hookActor, type ProspectingContext, type ProspectingPorts } from "../context.ts";

/**
 * The service context of a public endpoint call: the organisation that owns `key` (null when the
 * key is unknown or prospecting is not enabled there), acting as the hook actor.
 */
export async function hookContext(
  c: Context<HookEnv>,
  key: string,
  ports: ProspectingPorts,
): Promise<ProspectingContext | null> {
  const resolved = await c.var.resolveHook(key);
  if (!resolved) return null;
  return { ...resolved, settings: resolved.settings as ProspectingSettings, actor: hookActor, ports };
}
