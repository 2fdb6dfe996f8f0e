import type { LegAction, LegInput, MissingReason } from "./types.ts";

const actionFor: Record<MissingReason, LegAction> = {
  "plugin-not-installed": "install-plugin",
  "plugin-disabled": "enable-plugin",
  "no-person": "assign-person",
  "all-paused": "unpause-person",
};

/**
 * Why a leg is missing — no plugin (not installed, or not enabled) and/or nobody working it — and
 * the one action that comes first: the plugin before the person, since nobody can work a leg the
 * app does not offer. Null when the leg stands.
 */
export function missingLeg(input: LegInput): { reasons: MissingReason[]; action: LegAction } | null {
  const reasons: MissingReason[] = [];
  if (!input.pluginInstalled) reasons.push("plugin-not-installed");
  else if (!input.pluginEnabled) reasons.push("plugin-disabled");
  if (input.people === "missing") reasons.push("no-person");
  else if (input.people === "all-paused") reasons.push("all-paused");
  const first = reasons[0];
  return first ? { reasons, action: actionFor[first] } : null;
}
