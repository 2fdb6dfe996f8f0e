import { Button, Callout, Dialog, SchemaForm, Spinner, showToast } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { PluginOverview } from "../../lib/api-types.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { EnableFollowUp } from "./enable-follow-up.tsx";
import { pluginNames } from "./plugin-name.ts";
import { createSettingsDraft } from "./settings-draft.ts";
import { useRefreshAfterLifecycle } from "./use-plugins.ts";

/**
 * Confirms enabling a plugin: lists what else gets enabled (`core.plugins.enablePreview`) and,
 * when the plugin has settings, lets them be filled in first (defaults prefilled). Once enabled,
 * it stays open for what the enabled plugins offer to do right away (`EnableFollowUp`), if anything.
 */
export function EnableDialog(props: {
  plugin: PluginOverview;
  plugins: readonly PluginOverview[];
  onClose: () => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useRefreshAfterLifecycle();
  const settings = createSettingsDraft(props.plugin);
  const form = useServerForm(settings.paths);
  const preview = useQuery(() => ({
    queryKey: ["enable-preview", props.plugin.id],
    queryFn: () => trpc.core.plugins.enablePreview.query({ pluginId: props.plugin.id }),
  }));
  const alsoEnabled = () => (preview.data?.willEnable ?? []).filter((id) => id !== props.plugin.id);
  const name = () => i18n.localized(props.plugin.name);
  const [enabled, setEnabled] = createSignal<readonly string[] | null>(null);
  const confirm = async () => {
    const collected = settings.collect();
    if (!collected.ok) return;
    const input =
      settings.fields.length > 0
        ? { pluginId: props.plugin.id, settings: collected.settings }
        : { pluginId: props.plugin.id };
    const result = await form.run(() => trpc.core.plugins.enable.mutate(input));
    if (!result.ok) return;
    showToast({ title: i18n.t("plugins.enable.done", { name: name() }), tone: "success" });
    await refresh();
    setEnabled(preview.data?.willEnable ?? [props.plugin.id]);
  };
  return (
    <Show when={enabled()} fallback={confirmation()}>
      {(ids) => (
        <Dialog
          open
          onOpenChange={(open) => !open && props.onClose()}
          title={i18n.t("plugins.enable.done", { name: name() })}
        >
          <EnableFollowUp
            pluginIds={ids()}
            onNothing={() => props.onClose()}
            onDone={() => props.onClose()}
          />
        </Dialog>
      )}
    </Show>
  );

  function confirmation(): JSX.Element {
    return (
      <Dialog
        open
        onOpenChange={(open) => !open && props.onClose()}
        size={settings.fields.length > 0 ? "lg" : "md"}
        title={i18n.t("plugins.enable.title", { name: name() })}
        description={i18n.t("plugins.enable.text")}
        footer={
          <>
            <Button variant="secondary" onClick={() => props.onClose()}>
              {i18n.t("common.cancel")}
            </Button>
            <Button variant="primary" loading={form.busy()} disabled={preview.isPending} onClick={confirm}>
              {i18n.t("plugins.actions.enable")}
            </Button>
          </>
        }
      >
        <Show when={!preview.isPending} fallback={<Spinner />}>
          <Show when={alsoEnabled().length > 0}>
            <Callout tone="info" title={i18n.t("plugins.enable.alsoEnabled")}>
              {pluginNames(i18n, props.plugins, alsoEnabled())}
            </Callout>
          </Show>
        </Show>
        <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
        <Show when={settings.fields.length > 0}>
          <SchemaForm
            fields={settings.fields}
            draft={settings.draft()}
            onChange={settings.setDraft}
            errors={settings.messages(form.fieldErrors())}
            onEdit={settings.edit}
            currency={settings.currency()}
          />
        </Show>
      </Dialog>
    );
  }
}
