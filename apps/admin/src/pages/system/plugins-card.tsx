import { Badge, Card, EmptyState, IconPackage, Table, type TableColumn } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { InstalledPlugin } from "../../lib/healthz.ts";

/** The installed plugins: name in the current language and the function each serves. */
export function PluginsCard(props: { plugins: readonly InstalledPlugin[] }): JSX.Element {
  const i18n = useT();
  const columns = (): TableColumn<InstalledPlugin>[] => [
    {
      id: "name",
      header: i18n.t("status.plugins.name"),
      cell: (plugin) => <span class="plugin-name">{i18n.localized(plugin.name)}</span>,
    },
    {
      id: "function",
      header: i18n.t("status.plugins.function"),
      cell: (plugin) => (
        <Badge tone={plugin.function ?? "neutral"}>
          {plugin.function ? i18n.t(`functions.${plugin.function}`) : i18n.t("functions.none")}
        </Badge>
      ),
    },
  ];

  return (
    <Card
      title={i18n.t("status.plugins.title")}
      actions={<Badge>{i18n.t("status.plugins.count", { count: props.plugins.length })}</Badge>}
      padding="flush"
    >
      <Table
        caption={i18n.t("status.plugins.title")}
        columns={columns()}
        rows={props.plugins}
        rowKey={(plugin) => plugin.id}
        empty={
          <EmptyState
            icon={<IconPackage size={22} />}
            title={i18n.t("status.plugins.empty")}
            description={i18n.t("status.plugins.emptyHint")}
          />
        }
      />
    </Card>
  );
}
