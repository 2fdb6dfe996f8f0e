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
 * (masked) values in the viewer's language (money in the organisation's currency), a
 * `collect()` that returns settings to submit or shows the problems by path, and `messages()`
 * that words the server's refusals with the plugin's own texts where it gave them. Anything with
 * a schema, secret names and stored settings takes the same form (the PBX's keys).
 */
export function createSettingsDraft(
  plugin: Pick<PluginOverview, "settingsSchema" | "secretSettings" | "settings">,
) {
  const organisation = useOrganisation();
  const currency = () => organisation.data?.defaultCurrency ?? "RUB";
  const fields: FieldSpec[] = fieldsOf(plugin.settingsSchema, new Set(plugin.secretSettings));
  const stored = typeof plugin.settings === "object" && plugin.settings !== null ? plugin.settings : {};
  const [draft, setDraft] = createSignal<Draft>(
    draftOf(fields, stored as Record<string, unknown>, uiText().locale()),
  );
  const [draftErrors, setDraftErrors] = createSignal<Record<string, string>>({});
  const [edited, setEdited] = createSignal<readonly string[]>([]);
  const stale = (path: string) => edited().some((at) => path === at || path.startsWith(`${at}.`));
  return {
    fields,
    draft,
    setDraft,
    /** The organisation's currency, for money settings. */
    currency,
    /** The paths the form shows messages beside, for the current rows and variants. */
    paths: () => pathsOf(fields, draft()),
    /** Notes an edit: the field's message (and its rows') goes until the next save. */
    edit(path: string) {
      if (!stale(path)) setEdited([...edited(), path]);
    },
    /**
     * The messages beside the fields: the draft's own and the server's (a setting's `invalid`
     * words replacing the server's, in the viewer's language), minus those of fields edited since.
     */
    messages(server: Readonly<Record<string, string>>): Record<string, string> {
      const all = {
        ...Object.fromEntries(
          Object.entries(server).map(([path, message]) => [
            path,
            invalidTextAt(fields, draft(), path) ?? message,
          ]),
        ),
        ...draftErrors(),
      };
      return Object.fromEntries(Object.entries(all).filter(([path]) => !stale(path)));
    },
    /** The settings to submit, or false after showing the problems beside their fields. */
    collect(): { ok: true; settings: Record<string, unknown> } | { ok: false } {
      const result = settingsOf(fields, draft());
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([path, e]) => [
          path,
          draftErrorText(e, currency(), invalidTextAt(fields, draft(), path)),
        ]),
      );
      setDraftErrors(errors);
      setEdited([]);
      return Object.keys(errors).length > 0 ? { ok: false } : { ok: true, settings: result.settings };
    },
  };
}
