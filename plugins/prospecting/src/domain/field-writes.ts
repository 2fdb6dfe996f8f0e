import type { FieldWrite } from "./next-step.ts";
import { coreFieldTargets } from "./script-graph.ts";

/** A core client field a script may fill. */
export type CoreFieldTarget = (typeof coreFieldTargets)[number];

/**
 * What a call's field steps collected, as kept on the call: custom fields by key (`budget`),
 * core fields as `core.<name>` (`core.industry`) — a custom key cannot hold a dot, so they never clash.
 */
export type FieldValues = Record<string, string | number | boolean>;

const corePrefix = "core.";
const customPrefix = "customFields.";

/** The values of a walk's field writes, keyed as kept on the call; a skipped (null) answer writes nothing. */
export function fieldValuesOf(writes: readonly FieldWrite[]): FieldValues {
  const values: FieldValues = {};
  for (const write of writes) {
    if (write.value === null) continue;
    if (write.field.startsWith(customPrefix)) values[write.field.slice(customPrefix.length)] = write.value;
    else if ((coreFieldTargets as readonly string[]).includes(write.field))
      values[`${corePrefix}${write.field}`] = write.value;
  }
  return values;
}

/**
 * Splits kept values into custom fields (for `setFields`) and a core patch (for `update`): core
 * fields are text, so numbers and booleans become their text (`inn` typed as a number).
 *
 * @example splitFieldValues({ budget: 5, "core.industry": "IT" }) // { custom: { budget: 5 }, core: { industry: "IT" } }
 */
export function splitFieldValues(values: FieldValues): {
  custom: FieldValues;
  core: Partial<Record<CoreFieldTarget, string>>;
} {
  const custom: FieldValues = {};
  const core: Partial<Record<CoreFieldTarget, string>> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith(corePrefix)) custom[key] = value;
    else if ((coreFieldTargets as readonly string[]).includes(key.slice(corePrefix.length)))
      core[key.slice(corePrefix.length) as CoreFieldTarget] = String(value);
  }
  return { custom, core };
}
