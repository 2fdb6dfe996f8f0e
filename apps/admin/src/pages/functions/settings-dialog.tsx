import {
  Button,
  Callout,
  Dialog,
  EmptyState,
  SchemaForm,
  showToast,
  usePluginHost,
  WidgetFrame,
} from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { PluginOverview } from "../../lib/api-types.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { createSettingsDraft } from "./settings-draft.ts";
import { settingsSectionOf } from "./settings-section.ts";
import { useRefreshAfterLifecycle } from "./use-plugins.ts";

/**
 * A plugin's settings: a form generated from its JSON schema, saved with `core.plugins.updateSettings`,
 * and below it the plugin's own settings section (its admin definition's `settingsPage`), which
 * keeps and saves what it shows itself.
 */
export function SettingsDialog(props: { plugin: PluginOverview; onClose: () => void }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useRefreshAfterLifecycle();
  const host = usePluginHost();
  const section = () => settingsSectionOf(host, props.plugin);
  const settings = createSettingsDraft(props.plugin);
  const form = useServerForm(settings.paths);
  const misconfigured = () => props.plugin.misconfigured ?? {};
  const save = async () => {
    const collected = settings.collect();
    if (!collected.ok) return;
    const result = await form.run(() =>
      trpc.core.plugins.updateSettings.mutate({ pluginId: props.plugin.id, settings: collected.settings }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("plugins.settings.saved"), tone: "success" });
    await refresh();
    props.onClose();
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      size="lg"
      title={i18n.t("plugins.settings.title", { name: i18n.localized(props.plugin.name) })}
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onClose()}>
            {i18n.t(settings.fields.length > 0 ? "common.cancel" : "common.close")}
          </Button>
          <Show when={settings.fields.length > 0}>
            <Button variant="primary" loading={form.busy()} onClick={save}>
              {i18n.t("plugins.settings.save")}
            </Button>
          </Show>
        </>
      }
    >
      <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <Show when={settings.fields.length > 0}>
        <SchemaForm
          fields={settings.fields}
          draft={settings.draft()}
          onChange={settings.setDraft}
          errors={settings.messages({ ...misconfigured(), ...form.fieldErrors() })}
          onEdit={settings.edit}
          currency={settings.currency()}
        />
      </Show>
      <Show when={section()}>
        {(component) => (
          <div class="plugin-settings-section" data-plugin-section={props.plugin.id}>
            <WidgetFrame
              pluginId={props.plugin.id}
              pluginName={props.plugin.name}
              component={component()}
              props={{}}
            />
          </div>
        )}
      </Show>
      <Show when={settings.fields.length === 0 && !section()}>
        <EmptyState title={i18n.t("plugins.settings.none")} />
      </Show>
    </Dialog>
  );
}
