import { type CollectedNavEntry, collectNav, usePluginHost } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createMemo, For, type JSX, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { useT } from "../i18n/index.ts";
import { useHealthz } from "../lib/healthz.ts";
import { coreNav } from "./core-nav.ts";
import { navLabelText } from "./nav-label.ts";

function NavGroup(props: { title: string; items: CollectedNavEntry[]; onNavigate: () => void }): JSX.Element {
  const i18n = useT();
  return (
    <div class="sidebar__group">
      <p class="sidebar__heading">{props.title}</p>
      <ul class="sidebar__list">
        <For each={props.items}>
          {(item) => (
            <li>
              <A
                href={item.entry.path}
                end={item.entry.path === "/"}
                class="sidebar__link"
                activeClass="sidebar__link--active"
                onClick={() => props.onNavigate()}
              >
                <Show
                  when={item.entry.icon}
                  fallback={<span class="sidebar__icon sidebar__bullet" aria-hidden="true" />}
                >
                  {(icon) => <Dynamic component={icon()} size={16} class="sidebar__icon" />}
                </Show>
                <span>{navLabelText(i18n, item.entry.label)}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

/** The navigation: core entries, then those of enabled plugins the user may see; a drawer on narrow screens. */
export function Sidebar(props: { open: boolean; onNavigate: () => void }): JSX.Element {
  const i18n = useT();
  const host = usePluginHost();
  const healthz = useHealthz();
  const items = createMemo(() => collectNav(host, coreNav));
  const core = () => items().filter((item) => item.pluginId === null);
  const plugins = () => items().filter((item) => item.pluginId !== null);
  return (
    <nav
      id="sidebar"
      class="sidebar"
      data-open={props.open ? "" : undefined}
      aria-label={i18n.t("nav.label")}
    >
      <Show when={core().length > 0}>
        <NavGroup title={i18n.t("nav.overview")} items={core()} onNavigate={props.onNavigate} />
      </Show>
      <Show when={plugins().length > 0}>
        <NavGroup title={i18n.t("nav.plugins")} items={plugins()} onNavigate={props.onNavigate} />
      </Show>
      <div class="q-spacer" />
      <Show when={healthz.data}>
        {(data) => <p class="sidebar__version">{i18n.t("nav.version", { version: data().version })}</p>}
      </Show>
    </nav>
  );
}
