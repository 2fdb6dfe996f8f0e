import { DomainError, hostMessages, type MessageRef } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { zodFieldRefs } from "@quartet/core/trpc";

/** The outcome of reading a plugin's stored settings through its zod schema. */
export type SettingsReading =
  | { ok: true; value: unknown }
  | { ok: false; fields: Record<string, MessageRef> };

/** Parses stored or submitted settings; a plugin without a schema has no settings. */
export function readSettings(plugin: AnyPlugin, raw: unknown): SettingsReading {
  if (!plugin.settings) return { ok: true, value: {} };
  const parsed = plugin.settings.safeParse(raw ?? {});
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, fields: zodFieldRefs(parsed.error) };
}

/** Parses settings a user submits; bad ones are refused with the fields named. */
export function parseSubmittedSettings(plugin: AnyPlugin, raw: unknown): unknown {
  const reading = readSettings(plugin, raw);
  if (!reading.ok) {
    throw new DomainError("BAD_INPUT", hostMessages.settingsInvalid, {
      params: { plugin: plugin.id },
      fields: reading.fields,
    });
  }
  return reading.value;
}

/** Replaces secret setting values with a marker before they leave the server. */
export function maskSecrets(plugin: Pick<AnyPlugin, "secretSettings">, settings: unknown): unknown {
  if (!plugin.secretSettings?.length || typeof settings !== "object" || settings === null) return settings;
  const copy: Record<string, unknown> = { ...(settings as Record<string, unknown>) };
  for (const key of plugin.secretSettings) {
    if (copy[key] !== undefined && copy[key] !== null && copy[key] !== "") copy[key] = secretMarker;
  }
  return copy;
}

/** What a masked secret reads as; submitting it back keeps the stored value. */
export const secretMarker = "••••••";

/** Keeps stored secrets where the submitted settings carry the marker. */
export function mergeSecrets(
  plugin: Pick<AnyPlugin, "secretSettings">,
  submitted: unknown,
  stored: unknown,
): unknown {
  if (!plugin.secretSettings?.length || typeof submitted !== "object" || submitted === null) return submitted;
  const merged: Record<string, unknown> = { ...(submitted as Record<string, unknown>) };
  const previous = (stored ?? {}) as Record<string, unknown>;
  for (const key of plugin.secretSettings) {
    if (merged[key] === secretMarker) merged[key] = previous[key];
  }
  return merged;
}
