import { Badge, Button, Callout, IconSettings, usePluginHost } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { PluginOverview } from "../../lib/api-types.ts";
import { useAccess } from "../../lib/me.ts";
import { pluginNames } from "./plugin-name.ts";
import { actionsFor, stateTone } from "./plugin-state.ts";
import { settingsSectionOf } from "./settings-section.ts";

/** The dialogs a card can open. */
export type PluginDialog = "enable" | "disable" | "uninstall" | "settings";

/**
 * One plugin: name and description in the current language, its state, version, what enabling
 * adds, what it needs and what needs it, its errors, and the actions the user may take.
 */
export function PluginCard(props: {
  plugin: PluginOverview;
  plugins: readonly PluginOverview[];
  onOpen: (dialog: PluginDialog) => void;
}): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const host = usePluginHost();
  const configurable = () =>
    props.plugin.settingsSchema !== null || settingsSectionOf(host, props.plugin) !== undefined;
  const actions = () => actionsFor(props.plugin.state, configurable());
  const manage = () => access.can("core.plugins.manage");
  return (
    <article
      class="plugin-card"
      data-state={props.plugin.state}
      aria-labelledby={`plugin-${props.plugin.id}`}
    >
      <header class="plugin-card__header">
        <h3 id={`plugin-${props.plugin.id}`}>{i18n.localized(props.plugin.name)}</h3>
        <Badge tone={stateTone(props.plugin.state)}>{i18n.t(`plugins.state.${props.plugin.state}`)}</Badge>
        <Show when={props.plugin.misconfigured}>
          <Badge tone="warning">{i18n.t("plugins.state.misconfigured")}</Badge>
        </Show>
        <div class="q-spacer" />
        <span class="plugin-card__version">
          {i18n.t("plugins.version", { version: props.plugin.version })}
        </span>
      </header>
      <p class="q-muted">{i18n.localized(props.plugin.description)}</p>
      <Show when={props.plugin.adds.length > 0}>
        <div class="plugin-card__adds">
          <span class="plugin-card__label">{i18n.t("plugins.adds")}</span>
          <ul>
            <For each={props.plugin.adds}>{(item) => <li>{i18n.localized(item)}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={props.plugin.dependsOn.length > 0 || props.plugin.dependents.length > 0}>
        <dl class="plugin-card__deps">
          <Show when={props.plugin.dependsOn.length > 0}>
            <dt>{i18n.t("plugins.dependsOn")}</dt>
            <dd>{pluginNames(i18n, props.plugins, props.plugin.dependsOn)}</dd>
          </Show>
          <Show when={props.plugin.dependents.length > 0}>
            <dt>{i18n.t("plugins.dependents")}</dt>
            <dd>{pluginNames(i18n, props.plugins, props.plugin.dependents)}</dd>
          </Show>
        </dl>
      </Show>
      <Show when={props.plugin.state === "failed" && props.plugin.lastError}>
        {(error) => <Callout tone="danger" title={i18n.t("plugins.lastError", { error: error() })} />}
      </Show>
      <Show when={props.plugin.misconfigured}>
        <Callout tone="warning">{i18n.t("plugins.misconfiguredText")}</Callout>
      </Show>
      <Show when={manage()}>
        <footer class="plugin-card__actions">
          <Show when={actions().enable}>
            <Button variant="primary" size="sm" onClick={() => props.onOpen("enable")}>
              {i18n.t("plugins.actions.enable")}
            </Button>
          </Show>
          <Show when={actions().settings}>
            <Button
              variant="secondary"
              size="sm"
              icon={<IconSettings />}
              onClick={() => props.onOpen("settings")}
            >
              {i18n.t("plugins.actions.settings")}
            </Button>
          </Show>
          <Show when={actions().disable}>
            <Button variant="secondary" size="sm" onClick={() => props.onOpen("disable")}>
              {i18n.t("plugins.actions.disable")}
            </Button>
          </Show>
          <Show when={actions().uninstall}>
            <Button variant="ghost" size="sm" onClick={() => props.onOpen("uninstall")}>
              {i18n.t("plugins.actions.uninstall")}
            </Button>
          </Show>
        </footer>
      </Show>
    </article>
  );
}
