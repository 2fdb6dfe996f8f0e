import { PageHeader, ViewLinks } from "@quartet/ui";
import { useLocation } from "@solidjs/router";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { type perm, useCan } from "./permissions.ts";
import "./vip.css";

const views: readonly { href: string; key: string; need: keyof typeof perm; end?: boolean }[] = [
  { href: "/vip", key: "desk", need: "clientsRead", end: true },
  { href: "/vip/sla", key: "sla", need: "clientsRead" },
  { href: "/vip/program", key: "program", need: "programManage" },
];

/** The top of every VIP screen: its title, a line under it, and links to the other VIP views. */
export function PageHead(props: { title: string; subtitle: string; actions?: JSX.Element }): JSX.Element {
  const can = useCan();
  const location = useLocation();
  const links = () =>
    views
      .filter((view) => can(view.need))
      .map((view) => ({
        href: view.href,
        label: i18n.tDynamic(`views.${view.key}`),
        end: view.end ?? false,
      }));
  return (
    <PageHeader title={props.title} subtitle={props.subtitle} actions={props.actions}>
      <ViewLinks label={i18n.t("views.label")} links={links()} current={location.pathname} />
    </PageHeader>
  );
}
