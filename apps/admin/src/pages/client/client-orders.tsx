import { Badge, type BadgeTone, Button, Card, EmptyState, IconPackage, IconPlus, Table } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import type { OrderSummary } from "./client-types.ts";
import { OrderDetails } from "./order-details.tsx";
import { OrderDialog } from "./order-dialog.tsx";
import { orderTotals } from "./order-totals.ts";
import { PaymentDialog } from "./payment-dialog.tsx";

const statusTone: Record<OrderSummary["paymentStatus"], BadgeTone> = {
  unpaid: "warning",
  partial: "info",
  paid: "success",
  overpaid: "danger",
};

/**
 * A client's orders with what was paid and what is still due, and their sums; record an order
 * with lines from the catalog, open one to see its payments and record a payment (a part is fine).
 */
export function ClientOrders(props: { clientId: string; recipients?: readonly string[] }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  const [recording, setRecording] = createSignal(false);
  const [paying, setPaying] = createSignal(false);
  const orders = useQuery(() => ({
    queryKey: orgKey(org.id(), "orders", "list", props.clientId),
    queryFn: () => trpc.core.orders.list.query({ clientId: props.clientId, limit: 100 }),
    enabled: access.can("core.orders.read"),
  }));
  const items = () => orders.data?.items ?? [];
  const selected = () => items().find((order) => order.id === selectedId()) ?? null;
  const money = (value: { amountMinor: number; currency: string }) => i18n.formatMoney(value);
  return (
    <Show when={access.can("core.orders.read")}>
      <Card
        class="client-orders"
        title={i18n.t("orders.title")}
        padding="flush"
        actions={
          <Show when={access.can("core.orders.write")}>
            <Button variant="secondary" size="sm" icon={<IconPlus />} onClick={() => setRecording(true)}>
              {i18n.t("orders.record")}
            </Button>
          </Show>
        }
      >
        <For each={orderTotals(items())}>
          {(sums) => (
            <p class="order-totals">
              {i18n.t("orders.totals", {
                total: money({ amountMinor: sums.total, currency: sums.currency }),
                paid: money({ amountMinor: sums.paid, currency: sums.currency }),
                due: money({ amountMinor: sums.due, currency: sums.currency }),
              })}
            </p>
          )}
        </For>
        <Table
          caption={i18n.t("orders.title")}
          rows={items()}
          rowKey={(order) => order.id}
          onRowActivate={(order) => setSelectedId(order.id === selectedId() ? null : order.id)}
          empty={
            <EmptyState
              icon={<IconPackage />}
              title={i18n.t("orders.none")}
              description={i18n.t("orders.noneDescription")}
            />
          }
          columns={[
            {
              id: "number",
              header: i18n.t("orders.number"),
              cell: (order) => (
                <span class="order-cell">
                  <span>{order.number}</span>
                  <span class="q-subtle">{i18n.formatDate(order.orderedOn, { dateStyle: "short" })}</span>
                </span>
              ),
            },
            {
              id: "total",
              header: i18n.t("orders.total"),
              align: "end",
              cell: (order) => money(order.total),
            },
            { id: "paid", header: i18n.t("orders.paid"), align: "end", cell: (order) => money(order.paid) },
            { id: "due", header: i18n.t("orders.due"), align: "end", cell: (order) => money(order.due) },
            {
              id: "status",
              header: i18n.t("orders.status"),
              cell: (order) =>
                order.status === "cancelled" ? (
                  <Badge>{i18n.t("orders.cancelled")}</Badge>
                ) : (
                  <Badge tone={statusTone[order.paymentStatus]}>
                    {i18n.t(`orders.paymentStatus.${order.paymentStatus}`)}
                  </Badge>
                ),
            },
          ]}
        />
        <Show when={selected()}>
          {(order) => (
            <OrderDetails order={order()} onPay={() => setPaying(true)} recipients={props.recipients} />
          )}
        </Show>
        <OrderDialog
          clientId={props.clientId}
          open={recording()}
          onOpenChange={setRecording}
          onRecorded={setSelectedId}
        />
        <PaymentDialog order={selected()} open={paying()} onOpenChange={setPaying} />
      </Card>
    </Show>
  );
}
