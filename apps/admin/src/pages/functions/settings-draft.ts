import { type Draft, draftErrorText, draftOf, type FieldSpec, fieldsOf, settingsOf } from "@quartet/ui";
import { createSignal } from "solid-js";
import type { PluginOverview } from "../../lib/api-types.ts";

/**
 * A plugin's settings as a form: the fields from its JSON schema, a working copy of the stored
 * (masked) values, and a `collect()` that returns settings to submit or the problems by path.
 */
export function createSettingsDraft(plugin: PluginOverview) {
  const fields: FieldSpec[] = fieldsOf(plugin.settingsSchema, new Set(plugin.secretSettings));
  const stored = typeof plugin.settings === "object" && plugin.settings !== null ? plugin.settings : {};
  const [draft, setDraft] = createSignal<Draft>(draftOf(fields, stored as Record<string, unknown>));
  return {
    fields,
    draft,
    setDraft,
    collect():
      | { ok: true; settings: Record<string, unknown> }
      | { ok: false; errors: Record<string, string> } {
      const result = settingsOf(fields, draft());
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([path, e]) => [path, draftErrorText(e)]),
      );
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings: result.settings };
    },
  };
}
