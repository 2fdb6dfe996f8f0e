import { type MessageRef, systemActor } from "@quartet/core";
import { type AnyPlugin, healthReadingSchema } from "@quartet/core/plugin";
import type { PluginHost } from "@quartet/server/testing";
import { z } from "zod";
import { conformanceMessages as m } from "../messages.ts";

const readingsSchema = z.array(healthReadingSchema);

/**
 * What is wrong with the plugin's health readings in the organisation as it is now (asked as the
 * monitor asks: organisation-wide, as the system, with the plugin's settings), or null when they
 * have core's shape; `when` names the moment in the answer (`whenFresh`: "on a fresh organisation").
 */
export async function healthProblem(
  h: PluginHost<readonly AnyPlugin[]>,
  plugin: AnyPlugin,
  when: string,
): Promise<MessageRef | null> {
  if (!plugin.health) return null;
  const ctx = h.t.host.serviceContext({
    org: await h.t.host.runtime(h.orgId),
    actor: systemActor,
    clock: h.clock,
    logger: h.t.host.logger,
    settings: await h.t.host.settingsOf(h.orgId, plugin.id),
  });
  let readings: unknown;
  try {
    readings = await plugin.health(ctx);
  } catch (error) {
    return { key: m.healthThrew, params: { when: { key: when }, error: (error as Error).message } };
  }
  const result = readingsSchema.safeParse(readings);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const at = issue?.path.join(".") || { key: m.theAnswer };
  return { key: m.healthShape, params: { when: { key: when }, at, issue: issue?.message ?? "invalid" } };
}
