import { Callout, Card, EmptyState, IconAlert, Spinner } from "@quartet/ui";
import { createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import type { PluginOverview } from "../../lib/api-types.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { DisableDialog } from "./disable-dialog.tsx";
import { EnableDialog } from "./enable-dialog.tsx";
import { FunctionGroup } from "./function-group.tsx";
import type { PluginDialog } from "./plugin-card.tsx";
import { groupPlugins } from "./plugin-groups.ts";
import { SettingsDialog } from "./settings-dialog.tsx";
import { UninstallDialog } from "./uninstall-dialog.tsx";
import { usePlugins } from "./use-plugins.ts";
import "./functions.css";

/**
 * `/functions`: every installed plugin grouped by the four functions (and general ones), with
 * its state, and enable / disable / uninstall / settings for those who manage plugins.
 */
export default function FunctionsPage(): JSX.Element {
  const i18n = useT();
  const plugins = usePlugins();
  const [open, setOpen] = createSignal<{ plugin: PluginOverview; dialog: PluginDialog } | null>(null);
  const list = () => plugins.data?.plugins ?? [];
  const close = () => setOpen(null);
  usePageTitle(() => i18n.t("plugins.title"));
  return (
    <RequirePermission permission="core.plugins.read">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("plugins.title")}</h1>
            <p class="q-muted">{i18n.t("plugins.subtitle")}</p>
          </div>
        </div>
        <Switch>
          <Match when={plugins.isError}>
            <Card>
              <EmptyState
                tone="error"
                icon={<IconAlert />}
                title={failureText(i18n, failureOf(plugins.error))}
              />
            </Card>
          </Match>
          <Match when={plugins.data}>
            {(data) => (
              <div class="q-stack q-gap-6">
                <Show when={data().bootFailures.length > 0}>
                  <Callout tone="warning" title={i18n.t("plugins.bootFailures")}>
                    <p>{i18n.t("plugins.bootFailuresText")}</p>
                    <ul class="boot-failures">
                      <For each={data().bootFailures}>
                        {(failure) => (
                          <li>
                            <code>{failure.pluginId}</code> — {failure.error}
                          </li>
                        )}
                      </For>
                    </ul>
                  </Callout>
                </Show>
                <Show when={data().plugins.length === 0}>
                  <Callout tone="info" title={i18n.t("plugins.noneInstalled")}>
                    {i18n.t("plugins.noneInstalledText")}
                  </Callout>
                </Show>
                <For each={groupPlugins(data().plugins)}>
                  {(group) => (
                    <FunctionGroup
                      group={group}
                      plugins={data().plugins}
                      onOpen={(plugin, dialog) => setOpen({ plugin, dialog })}
                    />
                  )}
                </For>
              </div>
            )}
          </Match>
          <Match when={plugins.isPending}>
            <div class="card-loading">
              <Spinner size="lg" />
            </div>
          </Match>
        </Switch>
        <Show when={open()} keyed>
          {(current) => (
            <Switch>
              <Match when={current.dialog === "enable"}>
                <EnableDialog plugin={current.plugin} plugins={list()} onClose={close} />
              </Match>
              <Match when={current.dialog === "disable"}>
                <DisableDialog plugin={current.plugin} plugins={list()} onClose={close} />
              </Match>
              <Match when={current.dialog === "uninstall"}>
                <UninstallDialog plugin={current.plugin} plugins={list()} onClose={close} />
              </Match>
              <Match when={current.dialog === "settings"}>
                <SettingsDialog plugin={current.plugin} onClose={close} />
              </Match>
            </Switch>
          )}
        </Show>
      </div>
    </RequirePermission>
  );
}
