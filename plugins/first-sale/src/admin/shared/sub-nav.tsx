import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { type perm, useCan } from "./permissions.ts";
import "./shared.css";

const links: readonly {
  href: string;
  key: "board" | "list" | "forecast" | "stats" | "pipelines";
  need: keyof typeof perm;
}[] = [
  { href: "/deals", key: "board", need: "dealsRead" },
  { href: "/deals/list", key: "list", need: "dealsRead" },
  { href: "/deals/forecast", key: "forecast", need: "statsRead" },
  { href: "/deals/stats", key: "stats", need: "statsRead" },
  { href: "/deals/pipelines", key: "pipelines", need: "dealsRead" },
];

/** The views of first sale, one link each: board, list, forecast, statistics, pipelines. */
export function SubNav(): JSX.Element {
  const can = useCan();
  return (
    <nav class="fs-subnav" aria-label={i18n.t("views.label")}>
      <For each={links}>
        {(link) => (
          <Show when={can(link.need)}>
            <A href={link.href} end class="fs-subnav__link" activeClass="fs-subnav__link--active">
              {i18n.t(`views.${link.key}`)}
            </A>
          </Show>
        )}
      </For>
    </nav>
  );
}
