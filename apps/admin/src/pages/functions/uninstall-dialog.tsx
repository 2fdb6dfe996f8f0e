import { Button, Callout, Checkbox, Dialog, showToast } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { PluginOverview } from "../../lib/api-types.ts";
import { detailList, failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { enabledAmong } from "./plugin-groups.ts";
import { pluginNames } from "./plugin-name.ts";
import { PurgePreview } from "./purge-preview.tsx";
import { useRefreshAfterLifecycle } from "./use-plugins.ts";

/**
 * Uninstalls a plugin, keeping its data — or, when asked, purging it after a preview of what
 * goes and with the plugin id typed to confirm. Dependents that block it are offered a cascade.
 */
export function UninstallDialog(props: {
  plugin: PluginOverview;
  plugins: readonly PluginOverview[];
  onClose: () => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useRefreshAfterLifecycle();
  const [purge, setPurge] = createSignal(false);
  const [typed, setTyped] = createSignal("");
  const [cascade, setCascade] = createSignal(false);
  const [blocking, setBlocking] = createSignal<string[] | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const name = () => i18n.localized(props.plugin.name);
  const confirmed = () => !purge() || typed().trim() === props.plugin.id;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await trpc.core.plugins.uninstall.mutate({
        pluginId: props.plugin.id,
        purge: purge(),
        cascade: cascade(),
      });
      const title = purge()
        ? i18n.t("plugins.uninstall.purged", { name: name() })
        : i18n.t("plugins.uninstall.done", { name: name() });
      showToast({ title, tone: "success" });
      await refresh();
      props.onClose();
    } catch (caught) {
      const failure = failureOf(caught);
      const dependents = detailList(failure, "dependents");
      if (failure.code === "CONFLICT" && !cascade() && (dependents ?? props.plugin.dependents).length > 0) {
        setBlocking(dependents);
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
      size={purge() ? "lg" : "md"}
      title={i18n.t("plugins.uninstall.title", { name: name() })}
      description={i18n.t("plugins.uninstall.text")}
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onClose()}>
            {i18n.t("common.cancel")}
          </Button>
          <Button variant="danger" loading={busy()} disabled={!confirmed()} onClick={confirm}>
            {purge() ? i18n.t("plugins.uninstall.confirmPurge") : i18n.t("plugins.uninstall.confirm")}
          </Button>
        </>
      }
    >
      <Show when={cascade()}>
        <Callout tone="warning" title={i18n.t("plugins.disable.cascadeText")}>
          {pluginNames(
            i18n,
            props.plugins,
            blocking() ?? enabledAmong(props.plugins, props.plugin.dependents).map((p) => p.id),
          )}
        </Callout>
      </Show>
      <Checkbox
        label={i18n.t("plugins.uninstall.purge")}
        description={i18n.t("plugins.uninstall.purgeHint")}
        checked={purge()}
        onChange={setPurge}
      />
      <Show when={purge()}>
        <PurgePreview pluginId={props.plugin.id} typed={typed()} onTyped={setTyped} />
      </Show>
      <Show when={error()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
    </Dialog>
  );
}
