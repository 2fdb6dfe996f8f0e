import { PageHeader, permittedViews, type SectionView, ViewLinks } from "@quartet/ui";
import { useLocation } from "@solidjs/router";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { type perm, useCan } from "./permissions.ts";
import "./vip.css";

const views: readonly SectionView<keyof typeof perm>[] = [
  { href: "/vip", key: "desk", need: "clientsRead", end: true },
  { href: "/vip/sla", key: "sla", need: "clientsRead" },
  { href: "/vip/program", key: "program", need: "programManage" },
];

/** The top of every VIP screen: its title, a line under it, and links to the other VIP views. */
export function PageHead(props: { title: string; subtitle: string; actions?: JSX.Element }): JSX.Element {
  const can = useCan();
  const location = useLocation();
  const links = () => permittedViews(views, can, (key) => i18n.tDynamic(`views.${key}`));
  return (
    <PageHeader title={props.title} subtitle={props.subtitle} actions={props.actions}>
      <ViewLinks label={i18n.t("views.label")} links={links()} current={location.pathname} />
    </PageHeader>
  );
}
