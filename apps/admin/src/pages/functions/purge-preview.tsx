import { Spinner, TextField } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";

/** What a purge deletes (`core.plugins.purgePreview`: tables and row counts) and the box to type the plugin id in. */
export function PurgePreview(props: {
  pluginId: string;
  typed: string;
  onTyped: (value: string) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const preview = useQuery(() => ({
    queryKey: ["purge-preview", props.pluginId],
    queryFn: () => trpc.core.plugins.purgePreview.query({ pluginId: props.pluginId }),
  }));
  return (
    <div class="purge">
      <Show when={preview.data} fallback={<Spinner />}>
        {(data) => (
          <Show
            when={data().tables.length > 0 || data().hookKeys > 0}
            fallback={<p class="q-subtle">{i18n.t("plugins.uninstall.noTables")}</p>}
          >
            <p class="q-field__label">{i18n.t("plugins.uninstall.purgeList")}</p>
            <ul class="purge__tables">
              <For each={data().tables}>
                {(table) => (
                  <li>
                    <code>{table.name}</code>
                    <span class="q-subtle">{i18n.t("plugins.uninstall.rows", { count: table.rows })}</span>
                  </li>
                )}
              </For>
              <Show when={data().hookKeys > 0}>
                <li>
                  <span>{i18n.t("plugins.uninstall.hookKeys", { count: data().hookKeys })}</span>
                </li>
              </Show>
            </ul>
          </Show>
        )}
      </Show>
      <TextField
        label={i18n.t("plugins.uninstall.typeId", { id: props.pluginId })}
        value={props.typed}
        onChange={props.onTyped}
        autocomplete="off"
        placeholder={props.pluginId}
      />
    </div>
  );
}
