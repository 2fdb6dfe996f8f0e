import {
  Badge,
  type BadgeTone,
  Button,
  Card,
  EmptyState,
  IconRefresh,
  Table,
  type TableColumn,
} from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { runAction } from "../../../lib/run-action.ts";
import { type Delivery, type Endpoint, useDeliveries } from "./queries.ts";

const tones: Record<Delivery["status"], BadgeTone> = {
  pending: "warning",
  delivered: "success",
  dead: "danger",
};

/** The delivery log of one endpoint: event, status badge, tries, the answer or why it failed, and "Send again". */
export function DeliveriesCard(props: { endpoint: Endpoint }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const deliveries = useDeliveries(() => props.endpoint.id);
  const replay = async (delivery: Delivery) => {
    await runAction(
      i18n,
      () => trpc.core.webhooks.replay.mutate({ deliveryId: delivery.id }),
      i18n.t("webhooks.replayed"),
    );
    await invalidateOrg(queryClient, org.id(), "webhooks", "deliveries");
  };
  const columns = (): TableColumn<Delivery>[] => [
    {
      id: "event",
      header: i18n.t("webhooks.event"),
      cell: (delivery) => (
        <div class="webhook-cell">
          <span>{delivery.eventName}</span>
          <span class="q-subtle cell-date">{i18n.formatDateTime(delivery.createdAt)}</span>
        </div>
      ),
    },
    {
      id: "status",
      header: i18n.t("webhooks.status"),
      cell: (delivery) => (
        <div class="webhook-cell">
          <Badge tone={tones[delivery.status]}>{i18n.t(`webhooks.statuses.${delivery.status}`)}</Badge>
          <Show when={delivery.nextAttemptAt}>
            {(when) => (
              <span class="q-subtle">{i18n.t("webhooks.next", { when: i18n.formatDateTime(when()) })}</span>
            )}
          </Show>
        </div>
      ),
    },
    {
      id: "attempts",
      header: i18n.t("webhooks.attempts"),
      align: "end",
      class: "q-hide-narrow",
      cell: (delivery) => <span class="q-num">{delivery.attempts}</span>,
    },
    {
      id: "response",
      header: i18n.t("webhooks.response"),
      cell: (delivery) => (
        <span class={delivery.lastError ? "webhook-error" : "q-subtle"}>
          {delivery.lastError ??
            (delivery.responseStatus === null
              ? "—"
              : i18n.t("webhooks.answered", { status: delivery.responseStatus }))}
        </span>
      ),
    },
    {
      id: "replay",
      header: i18n.t("webhooks.replay"),
      headerHidden: true,
      align: "end",
      cell: (delivery) => (
        <Button
          size="sm"
          variant="secondary"
          icon={<IconRefresh />}
          aria-label={i18n.t("webhooks.replayLabel", { event: delivery.eventName })}
          onClick={() => void replay(delivery)}
        >
          {i18n.t("webhooks.replay")}
        </Button>
      ),
    },
  ];
  return (
    <Card
      title={i18n.t("webhooks.deliveriesOf", { url: props.endpoint.url })}
      description={i18n.t("webhooks.deliveriesHint")}
      padding="flush"
    >
      <div class="webhook-table">
        <Table
          caption={i18n.t("webhooks.deliveriesLabel", { url: props.endpoint.url })}
          columns={columns()}
          rows={deliveries.data ?? []}
          rowKey={(delivery) => delivery.id}
          empty={
            <EmptyState
              icon={<IconRefresh />}
              title={i18n.t("webhooks.noDeliveries")}
              description={i18n.t("webhooks.noDeliveriesHint")}
            />
          }
        />
      </div>
    </Card>
  );
}
