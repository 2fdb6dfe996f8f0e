import { Tabs as KTabs } from "@kobalte/core/tabs";
import { For, type JSX, Show } from "solid-js";

/** One tab: its value, label, an optional count badge and its panel. */
export type TabItem = { value: string; label: string; count?: number; content: () => JSX.Element };

/**
 * Tabs (Kobalte Tabs): arrows move between tabs, Home/End jump; only the chosen panel renders.
 *
 * @example <Tabs label={t("team.sections")} value={tab()} onChange={setTab} items={[{ value: "members", label: t("team.members"), content: () => <Members /> }]} />
 */
export function Tabs(props: {
  label: string;
  items: readonly TabItem[];
  value: string;
  onChange: (value: string) => void;
  class?: string;
}): JSX.Element {
  return (
    <KTabs
      class={`q-tabs${props.class ? ` ${props.class}` : ""}`}
      value={props.value}
      onChange={props.onChange}
    >
      <KTabs.List class="q-tabs__list" aria-label={props.label}>
        <For each={props.items}>
          {(item) => (
            <KTabs.Trigger class="q-tabs__trigger" value={item.value}>
              {item.label}
              <Show when={item.count !== undefined}>
                <span class="q-tabs__count">{item.count}</span>
              </Show>
            </KTabs.Trigger>
          )}
        </For>
        <KTabs.Indicator class="q-tabs__indicator" />
      </KTabs.List>
      <For each={props.items}>
        {(item) => (
          <KTabs.Content class="q-tabs__panel" value={item.value}>
            {item.content()}
          </KTabs.Content>
        )}
      </For>
    </KTabs>
  );
}
