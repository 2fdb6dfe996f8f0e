import {
  Badge,
  Button,
  EmptyState,
  IconKey,
  IconLink,
  RowActions,
  Table,
  type TableColumn,
} from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { Endpoint } from "./queries.ts";

/** The organisation's webhooks: address and purpose, how many events, on or paused, and what can be done with each. */
export function EndpointsTable(props: {
  endpoints: readonly Endpoint[];
  selected: string | null;
  onSelect: (endpoint: Endpoint) => void;
  onEdit: (endpoint: Endpoint) => void;
  onRotate: (endpoint: Endpoint) => void;
  onRemove: (endpoint: Endpoint) => void;
}): JSX.Element {
  const i18n = useT();
  const columns = (): TableColumn<Endpoint>[] => [
    {
      id: "url",
      header: i18n.t("webhooks.url"),
      cell: (endpoint) => (
        <div class="webhook-cell webhook-url">
          <span class="webhook-url__address">{endpoint.url}</span>
          <Show when={endpoint.description}>{(text) => <span class="q-subtle">{text()}</span>}</Show>
        </div>
      ),
    },
    {
      id: "events",
      header: i18n.t("webhooks.events"),
      cell: (endpoint) => i18n.t("webhooks.eventCount", { count: endpoint.eventTypes.length }),
    },
    {
      id: "state",
      header: i18n.t("webhooks.status"),
      cell: (endpoint) => (
        <div class="webhook-cell">
          <Badge tone={endpoint.enabled ? "success" : "neutral"}>
            {i18n.t(endpoint.enabled ? "webhooks.active" : "webhooks.paused")}
          </Badge>
          <Show when={endpoint.previousSecretUntil}>
            {(until) => (
              <span class="q-subtle">
                {i18n.t("webhooks.rotating", { until: i18n.formatDateTime(until()) })}
              </span>
            )}
          </Show>
        </div>
      ),
    },
    {
      id: "actions",
      header: i18n.t("common.actions"),
      headerHidden: true,
      align: "end",
      cell: (endpoint) => (
        <div class="webhook-actions">
          <Button
            size="sm"
            variant={props.selected === endpoint.id ? "primary" : "secondary"}
            aria-label={i18n.t("webhooks.deliveriesLabel", { url: endpoint.url })}
            aria-pressed={props.selected === endpoint.id}
            onClick={() => props.onSelect(endpoint)}
          >
            {i18n.t("webhooks.deliveries")}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={<IconKey />}
            aria-label={i18n.t("webhooks.rotateLabel", { url: endpoint.url })}
            onClick={() => props.onRotate(endpoint)}
          >
            {i18n.t("webhooks.rotate")}
          </Button>
          <RowActions
            editLabel={i18n.t("webhooks.editLabel", { url: endpoint.url })}
            removeLabel={i18n.t("webhooks.removeLabel", { url: endpoint.url })}
            onEdit={() => props.onEdit(endpoint)}
            onRemove={() => props.onRemove(endpoint)}
          />
        </div>
      ),
    },
  ];
  return (
    <div class="webhook-table">
      <Table
        caption={i18n.t("webhooks.title")}
        columns={columns()}
        rows={props.endpoints}
        rowKey={(endpoint) => endpoint.id}
        empty={
          <EmptyState
            icon={<IconLink />}
            title={i18n.t("webhooks.empty")}
            description={i18n.t("webhooks.emptyHint")}
          />
        }
      />
    </div>
  );
}
