import { ViewLinks } from "@quartet/ui";
import { useLocation } from "@solidjs/router";
import type { JSX } from "solid-js";
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

/**
 * The views of first sale, one link each: board, list, forecast, statistics, pipelines. `hrefs`
 * replaces a view's address, so the board and the list link to each other under the same filter.
 */
export function SubNav(props: {
  hrefs?: Partial<Record<(typeof links)[number]["key"], string>>;
}): JSX.Element {
  const can = useCan();
  const location = useLocation();
  const views = () =>
    links
      .filter((link) => can(link.need))
      .map((link) => ({
        href: props.hrefs?.[link.key] ?? link.href,
        label: i18n.t(`views.${link.key}`),
        end: true,
      }));
  return <ViewLinks label={i18n.t("views.label")} links={views()} current={location.pathname} />;
}
