import {
  type Draft,
  draftErrorText,
  draftOf,
  type FieldSpec,
  fieldsOf,
  invalidTextAt,
  pathsOf,
  settingsOf,
  uiText,
} from "@quartet/ui";
import { createSignal } from "solid-js";
import type { PluginOverview } from "../../lib/api-types.ts";
import { useOrganisation } from "../team/queries.ts";

/**
 * A plugin's settings as a form: the fields from its JSON schema, a working copy of the stored
 * (masked) values in the viewer's language (money in the organisation's currency), a `collect()` that returns settings to submit or
 * the problems by path, and `explain()` that words the server's refusals with the plugin's own
 * texts where it gave them.
 */
export function createSettingsDraft(plugin: PluginOverview) {
  const organisation = useOrganisation();
  const currency = () => organisation.data?.defaultCurrency ?? "RUB";
  const fields: FieldSpec[] = fieldsOf(plugin.settingsSchema, new Set(plugin.secretSettings));
  const stored = typeof plugin.settings === "object" && plugin.settings !== null ? plugin.settings : {};
  const [draft, setDraft] = createSignal<Draft>(
    draftOf(fields, stored as Record<string, unknown>, uiText().locale()),
  );
  return {
    fields,
    draft,
    setDraft,
    /** The organisation's currency, for money settings. */
    currency,
    /** The paths the form shows messages beside, for the current rows and variants. */
    paths: () => pathsOf(fields, draft()),
    /** Server messages by path, replaced by the setting's own `invalid` words in the viewer's language. */
    explain(errors: Readonly<Record<string, string>>): Record<string, string> {
      return Object.fromEntries(
        Object.entries(errors).map(([path, message]) => [
          path,
          invalidTextAt(fields, draft(), path) ?? message,
        ]),
      );
    },
    collect():
      | { ok: true; settings: Record<string, unknown> }
      | { ok: false; errors: Record<string, string> } {
      const result = settingsOf(fields, draft());
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([path, e]) => [
          path,
          draftErrorText(e, currency(), invalidTextAt(fields, draft(), path)),
        ]),
      );
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings: result.settings };
    },
  };
}
