import { Button, Card, Spinner } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { adjustmentText } from "./adjustment-text.ts";
import type { OrderSummary } from "./client-types.ts";
import { OrderDocuments } from "./order-documents.tsx";

/** One order opened from the list: its lines and the payments against it, with "record payment" and its invoice. */
export function OrderDetails(props: {
  order: OrderSummary;
  onPay: () => void;
  recipients?: readonly string[];
}): JSX.Element {
  const i18n = useT();
  const [documents, setDocuments] = createSignal(false);
  const { trpc, org } = useApi();
  const access = useAccess();
  const details = useQuery(() => ({
    queryKey: orgKey(org.id(), "orders", "get", props.order.id, props.order.updatedAt),
    queryFn: () => trpc.core.orders.get.query({ orderId: props.order.id }),
  }));
  const reasonText = (reason: Parameters<typeof adjustmentText>[0]) =>
    adjustmentText(reason, {
      locale: i18n.locale(),
      tierDiscount: (values) => i18n.t("orders.tierDiscount", values),
      number: (value) => i18n.formatNumber(value),
    });
  const canPay = () =>
    access.can("core.orders.write") && props.order.status === "confirmed" && props.order.due.amountMinor > 0;
  return (
    <section class="order-details" aria-label={i18n.t("orders.details", { number: props.order.number })}>
      <div class="order-details__head">
        <h3>{i18n.t("orders.details", { number: props.order.number })}</h3>
        <div class="q-row">
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={documents()}
            aria-label={i18n.t("orderDocuments.openFor", { number: props.order.number })}
            onClick={() => setDocuments(!documents())}
          >
            {i18n.t("orderDocuments.open")}
          </Button>
          <Show when={canPay()}>
            <Button
              variant="primary"
              size="sm"
              aria-label={i18n.t("payments.recordFor", { number: props.order.number })}
              onClick={() => props.onPay()}
            >
              {i18n.t("payments.record")}
            </Button>
          </Show>
        </div>
      </div>
      <Show when={details.data} fallback={<Spinner />}>
        {(order) => (
          <div class="order-details__body">
            <ul class="order-details__lines">
              <For each={order().lines}>
                {(line) => (
                  <li>
                    <span>
                      {line.name} × {i18n.formatNumber(line.quantity)}
                      <Show
                        when={reasonText(line.adjustmentReason)}
                        fallback={
                          <Show when={line.discountPercent > 0}>
                            <span class="q-subtle"> −{i18n.formatNumber(line.discountPercent)}%</span>
                          </Show>
                        }
                      >
                        {(text) => <span class="q-subtle"> · {text()}</span>}
                      </Show>
                    </span>
                    <span>{i18n.formatMoney(line.total)}</span>
                  </li>
                )}
              </For>
            </ul>
            <Card padding="flush" class="order-details__payments">
              <Show
                when={order().payments.length > 0}
                fallback={<p class="q-muted order-details__none">{i18n.t("orders.noPayments")}</p>}
              >
                <ul aria-label={i18n.t("orders.showPayments", { number: order().number })}>
                  <For each={order().payments}>
                    {(payment) => (
                      <li>
                        <span>{i18n.formatDate(payment.paidOn)}</span>
                        <span class="q-muted">
                          {i18n.tDynamic(`payments.methods.${payment.method}`)}
                          {payment.reference ? ` · ${payment.reference}` : ""}
                        </span>
                        <strong>{i18n.formatMoney(payment.amount)}</strong>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </Card>
          </div>
        )}
      </Show>
      <Show when={documents()}>
        <OrderDocuments order={props.order} recipients={props.recipients ?? []} />
      </Show>
    </section>
  );
}
