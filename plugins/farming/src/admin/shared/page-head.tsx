import { PageHeader, permittedViews, type SectionView, ViewLinks } from "@quartet/ui";
import { useLocation } from "@solidjs/router";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { type perm, useCan } from "./permissions.ts";
import "./farming.css";

const views: readonly SectionView<keyof typeof perm>[] = [
  { href: "/farming", key: "day", need: "portfolioRead", end: true },
  { href: "/farming/portfolio", key: "portfolio", need: "portfolioRead" },
  { href: "/farming/whitespace", key: "whitespace", need: "portfolioRead" },
  { href: "/farming/deals", key: "deals", need: "dealsRead" },
  { href: "/farming/stats", key: "stats", need: "statsRead" },
  { href: "/farming/rules", key: "rules", need: "rulesManage" },
];

/**
 * The top of every farming screen: its title, a line under it, the screen's buttons, and the
 * links to the other farming views the viewer may open.
 */
export function PageHead(props: { title: string; subtitle?: string; actions?: JSX.Element }): JSX.Element {
  const can = useCan();
  const location = useLocation();
  const links = () => permittedViews(views, can, (key) => i18n.tDynamic(`views.${key}`));
  return (
    <PageHeader title={props.title} subtitle={props.subtitle} actions={props.actions}>
      <ViewLinks label={i18n.t("views.label")} links={links()} current={location.pathname} />
    </PageHeader>
  );
}
