import { collectClientTabs, Tabs, usePluginHost, WidgetFrame } from "@quartet/ui";
import { createMemo, createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import "./client-tabs.css";

/**
 * The middle of a client's card: its feed and, when enabled plugins add client tabs the viewer
 * may see, a tab each beside it («Лента», «Кросс-продажи», …). A plugin's tab loads on first
 * opening, inside its own error boundary; without plugin tabs the feed shows alone, no tab bar.
 */
export function ClientTabs(props: {
  clientId: string;
  clientName: string;
  feed: () => JSX.Element;
}): JSX.Element {
  const i18n = useT();
  const host = usePluginHost();
  const tabs = createMemo(() => collectClientTabs(host));
  const [chosen, setChosen] = createSignal("feed");
  const items = createMemo(() => [
    { value: "feed", label: i18n.t("clientPage.feedTab"), content: props.feed },
    ...tabs().map((tab) => ({
      value: `${tab.pluginId}:${tab.key}`,
      label: i18n.localized(tab.label),
      content: () => (
        <WidgetFrame
          pluginId={tab.pluginId}
          pluginName={host.pluginName?.(tab.pluginId)}
          component={tab.component}
          props={{ clientId: props.clientId, clientName: props.clientName }}
        />
      ),
    })),
  ]);
  return (
    <Show when={tabs().length > 0} fallback={props.feed()}>
      <Tabs
        class="client-tabs"
        label={i18n.t("clientPage.tabs")}
        items={items()}
        value={items().some((item) => item.value === chosen()) ? chosen() : "feed"}
        onChange={setChosen}
      />
    </Show>
  );
}
