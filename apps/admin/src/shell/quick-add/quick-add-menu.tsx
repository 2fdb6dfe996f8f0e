import { IconPlus, Menu, MenuItem, usePluginHost, WidgetFrame } from "@quartet/ui";
import { createSignal, For, type JSX, lazy, Match, Show, Suspense, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useAccess } from "../../lib/me.ts";
import { type PluginQuickAdd, pluginQuickAdds } from "./plugin-entries.ts";
import "./quick-add.css";

// Drawn on a choice only, so loaded then: the home page's first load does without them.
const ClientDialog = lazy(() =>
  import("../../pages/clients/client-dialog.tsx").then((m) => ({ default: m.ClientDialog })),
);
const TaskDialog = lazy(() => import("./task-dialog.tsx").then((m) => ({ default: m.TaskDialog })));

type Chosen = { kind: "client" } | { kind: "task" } | { kind: "plugin"; entry: PluginQuickAdd };

/**
 * The top bar's "+": create a client or a task from anywhere, and whatever enabled plugins add
 * (a deal, a lead), each shown only to those who may. The chosen dialog opens over the page.
 */
export function QuickAddMenu(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const host = usePluginHost();
  const [chosen, setChosen] = createSignal<Chosen | null>(null);
  const plugins = () => pluginQuickAdds(host);
  const canClient = () => access.can("core.clients.write");
  const canTask = () => access.can("core.tasks.use");
  const close = () => setChosen(null);
  return (
    <Show when={canClient() || canTask() || plugins().length > 0}>
      <Menu
        label={i18n.t("quickAdd.open")}
        triggerClass="quick-add__trigger"
        trigger={<IconPlus size={18} />}
      >
        <Show when={canClient()}>
          <MenuItem onSelect={() => setChosen({ kind: "client" })}>{i18n.t("quickAdd.client")}</MenuItem>
        </Show>
        <For each={plugins()}>
          {(entry) => (
            <MenuItem onSelect={() => setChosen({ kind: "plugin", entry })}>
              {entry.label[i18n.locale()]}
            </MenuItem>
          )}
        </For>
        <Show when={canTask()}>
          <MenuItem onSelect={() => setChosen({ kind: "task" })}>{i18n.t("quickAdd.task")}</MenuItem>
        </Show>
      </Menu>
      <div class="quick-add__dialogs">
        <Suspense>
          <Switch>
            <Match when={chosen()?.kind === "client"}>
              <ClientDialog open onOpenChange={(open) => !open && close()} />
            </Match>
            <Match when={chosen()?.kind === "task"}>
              <TaskDialog onClose={close} />
            </Match>
            <Match when={pluginEntry(chosen())}>
              {(entry) => (
                <WidgetFrame
                  pluginId={entry().pluginId}
                  pluginName={host.pluginName?.(entry().pluginId)}
                  component={entry().dialog}
                  props={{ onClose: close }}
                />
              )}
            </Match>
          </Switch>
        </Suspense>
      </div>
    </Show>
  );
}

// The plugin entry chosen, if a plugin's entry is.
function pluginEntry(chosen: Chosen | null): PluginQuickAdd | null {
  return chosen?.kind === "plugin" ? chosen.entry : null;
}
