import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { PluginOverview } from "../../lib/api-types.ts";
import { PluginCard, type PluginDialog } from "./plugin-card.tsx";
import type { PluginGroup } from "./plugin-groups.ts";

/** A section of the functions page: the function's name and job, then its plugins (or a note that there are none). */
export function FunctionGroup(props: {
  group: PluginGroup<PluginOverview>;
  plugins: readonly PluginOverview[];
  onOpen: (plugin: PluginOverview, dialog: PluginDialog) => void;
}): JSX.Element {
  const i18n = useT();
  const key = () => (props.group.key === "general" ? "none" : props.group.key);
  return (
    <section
      class="fn-group"
      data-function={props.group.key === "general" ? undefined : props.group.key}
      aria-labelledby={`group-${props.group.key}`}
    >
      <header class="fn-group__header">
        <span class="fn-group__mark" aria-hidden="true" />
        <div class="q-stack q-gap-1">
          <h2 id={`group-${props.group.key}`}>{i18n.tDynamic(`functions.${key()}`)}</h2>
          <p class="q-subtle">{i18n.tDynamic(`functions.about.${key()}`)}</p>
        </div>
      </header>
      <Show
        when={props.group.plugins.length > 0}
        fallback={<p class="fn-group__empty">{i18n.t("plugins.groupEmpty")}</p>}
      >
        <div class="fn-group__plugins">
          <For each={props.group.plugins}>
            {(plugin) => (
              <PluginCard
                plugin={plugin}
                plugins={props.plugins}
                onOpen={(dialog) => props.onOpen(plugin, dialog)}
              />
            )}
          </For>
        </div>
      </Show>
    </section>
  );
}
