import { Button, Callout, Dialog, showToast } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { PluginOverview } from "../../lib/api-types.ts";
import { detailList, failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { enabledAmong } from "./plugin-groups.ts";
import { pluginNames } from "./plugin-name.ts";
import { useRefreshAfterLifecycle } from "./use-plugins.ts";

/**
 * Confirms disabling a plugin. When the server refuses because enabled plugins depend on it
 * (CONFLICT), the dialog names them and offers to disable them all (cascade).
 */
export function DisableDialog(props: {
  plugin: PluginOverview;
  plugins: readonly PluginOverview[];
  onClose: () => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useRefreshAfterLifecycle();
  const [cascade, setCascade] = createSignal(false);
  const [blocking, setBlocking] = createSignal<string[] | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const name = () => i18n.localized(props.plugin.name);
  const dependents = () =>
    blocking() ?? enabledAmong(props.plugins, props.plugin.dependents).map((p) => p.id);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await trpc.core.plugins.disable.mutate({ pluginId: props.plugin.id, cascade: cascade() });
      showToast({ title: i18n.t("plugins.disable.done", { name: name() }), tone: "success" });
      await refresh();
      props.onClose();
    } catch (caught) {
      const failure = failureOf(caught);
      if (failure.code === "CONFLICT" && !cascade()) {
        setBlocking(detailList(failure, "dependents"));
        setCascade(true);
      } else setError(failureText(i18n, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={
        cascade()
          ? i18n.t("plugins.disable.cascadeTitle", { name: name() })
          : i18n.t("plugins.disable.title", { name: name() })
      }
      description={i18n.t("plugins.disable.text")}
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onClose()}>
            {i18n.t("common.cancel")}
          </Button>
          <Button variant="danger" loading={busy()} onClick={confirm}>
            {cascade() ? i18n.t("plugins.disable.cascade") : i18n.t("plugins.actions.disable")}
          </Button>
        </>
      }
    >
      <Show when={cascade()}>
        <Callout tone="warning" title={i18n.t("plugins.disable.cascadeText")}>
          {pluginNames(i18n, props.plugins, dependents())}
        </Callout>
      </Show>
      <Show when={error()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
    </Dialog>
  );
}
