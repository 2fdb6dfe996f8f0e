import { amountMinorOf, Button, Card, currencySign, minorToText, TextField } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useCoreApi, useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { run } from "../shared/error-text.ts";
import { useCan } from "../shared/permissions.ts";
import { money } from "../shared/words.ts";
import type { DealView } from "./types.ts";

/**
 * The deal's invoice: issued from one line (the deal's name and amount, both editable) while there
 * is none; then its total, what is paid and what is due, and a payment to record. A payment in full
 * wins the deal (the server does it; `onChanged` reloads the page until it shows).
 */
export function InvoiceCard(props: { deal: DealView; onChanged: () => void }): JSX.Element {
  const api = useFarmingApi();
  const core = useCoreApi();
  const can = useCan();
  const sign = () => currencySign(i18n.locale(), props.deal.currency);
  const [order, { refetch }] = createResource(
    () => props.deal.orderId,
    (orderId) => core.orders.get.query({ orderId }),
  );
  const [line, setLine] = createSignal(props.deal.title);
  const [quantity, setQuantity] = createSignal("1");
  const [price, setPrice] = createSignal(minorToText(props.deal.amount.amountMinor));
  const [payment, setPayment] = createSignal("");
  const [error, setError] = createSignal<string>();

  const issue = async (event: SubmitEvent) => {
    event.preventDefault();
    const minor = amountMinorOf(price());
    const count = Number(quantity().replace(",", "."));
    setError(minor === null || !(count > 0) ? i18n.t("quickAdd.amountInvalid") : undefined);
    if (minor === null || !(count > 0)) return;
    const lines = [
      { name: line().trim() || props.deal.title, quantity: count, price: { amountMinor: minor } },
    ];
    const issued = await run(() => api.deals.issueInvoice.mutate({ dealId: props.deal.id, lines }));
    if (issued) props.onChanged();
  };
  const pay = async (event: SubmitEvent, orderId: string, due: number) => {
    event.preventDefault();
    const minor = payment().trim() ? amountMinorOf(payment()) : due;
    setError(minor === null || minor === 0 ? i18n.t("quickAdd.amountInvalid") : undefined);
    if (minor === null || minor === 0) return;
    const paid = await run(
      () => core.orders.payments.record.mutate({ orderId, amount: { amountMinor: minor }, method: "bank" }),
      i18n.t("deal.invoice.paymentRecorded"),
    );
    if (!paid) return;
    setPayment("");
    await refetch();
    props.onChanged();
  };

  return (
    <Card title={i18n.t("deal.invoice.title")} class="fm-invoice">
      <Show
        when={order()}
        fallback={
          <Show when={!props.deal.orderId}>
            <p class="fm-hint">{i18n.t("deal.invoice.none")}</p>
            <Show when={props.deal.status === "open" && can("dealsWrite")}>
              <form class="fm-invoice__form" onSubmit={issue}>
                <TextField label={i18n.t("deal.invoice.lineName")} value={line()} onChange={setLine} />
                <TextField
                  label={i18n.t("deal.invoice.quantity")}
                  inputMode="decimal"
                  value={quantity()}
                  onChange={setQuantity}
                />
                <TextField
                  label={i18n.t("deal.invoice.price", { currency: sign() })}
                  inputMode="decimal"
                  value={price()}
                  onChange={setPrice}
                  error={error()}
                />
                <Button type="submit" variant="primary">
                  {i18n.t("deal.invoice.issue")}
                </Button>
              </form>
            </Show>
          </Show>
        }
      >
        {(o) => (
          <div class="q-stack q-gap-3">
            <p class="fm-invoice__number">{i18n.t("deal.invoice.number", { number: o().number })}</p>
            <dl class="fm-dl">
              <dt>{i18n.t("deal.invoice.total")}</dt>
              <dd>{money(o().total.amountMinor, o().total.currency)}</dd>
              <dt>{i18n.t("deal.invoice.paid")}</dt>
              <dd data-field="paid">{money(o().paid.amountMinor, o().paid.currency)}</dd>
              <dt>{i18n.t("deal.invoice.due")}</dt>
              <dd>{money(o().due.amountMinor, o().due.currency)}</dd>
            </dl>
            <Show
              when={o().due.amountMinor > 0 && can("ordersWrite")}
              fallback={
                <Show when={o().due.amountMinor <= 0}>
                  <p class="fm-hint">{i18n.t("deal.invoice.wonHint")}</p>
                </Show>
              }
            >
              <form class="fm-invoice__form" onSubmit={(event) => pay(event, o().id, o().due.amountMinor)}>
                <TextField
                  label={i18n.t("deal.invoice.payment", { currency: sign() })}
                  inputMode="decimal"
                  value={payment()}
                  placeholder={i18n.formatNumber(o().due.amountMinor / 100)}
                  onChange={setPayment}
                  error={error()}
                />
                <Button type="submit" variant="primary">
                  {i18n.t("deal.invoice.recordPayment")}
                </Button>
              </form>
            </Show>
          </div>
        )}
      </Show>
    </Card>
  );
}
