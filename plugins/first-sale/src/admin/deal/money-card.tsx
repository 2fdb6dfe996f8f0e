import { Button, Card, ProgressBar } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { type DealPageData, useCoreApi, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { useCan } from "../shared/permissions.ts";
import { run } from "../shared/run.ts";
import { PaymentForm } from "./payment-form.tsx";
import { type WonRule, wonProgress } from "./won-progress.ts";

const percent = (share: number) => Math.round(share * 1000) / 10;

/**
 * The money of the deal: its invoice (core's order), the payments recorded against it and the
 * progress toward the organisation's "first sale done" rule. A payment that meets the rule wins
 * the deal once core's event reaches first sale, so the page reloads the deal a few times after it.
 */
export function MoneyCard(props: {
  data: DealPageData;
  rule: WonRule | undefined;
  onChanged: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const core = useCoreApi();
  const can = useCan();
  const [busy, setBusy] = createSignal(false);
  const [order, { refetch }] = createResource(
    () => (can("ordersRead") ? props.data.invoice?.orderId : undefined),
    (orderId) => core.orders.get.query({ orderId }),
  );
  const deal = () => props.data.deal;
  const progress = () => (props.rule ? wonProgress(props.rule, deal()) : null);
  const issue = async () => {
    setBusy(true);
    const ok = await run(() => api.deals.issueInvoice.mutate({ dealId: deal().id }), i18n.t("money.issued"));
    setBusy(false);
    if (ok) props.onChanged();
  };
  const afterPayment = () => {
    void refetch();
    for (const delay of [300, 1000, 2500, 5000]) setTimeout(() => props.onChanged(), delay);
  };
  const ruleText = () => {
    const rule = props.rule;
    if (!rule) return "";
    if (rule.kind === "prepayment") return i18n.t("money.rules.prepayment", { percent: rule.percent });
    return rule.kind === "full-payment"
      ? i18n.t("money.rules.fullPayment")
      : i18n.t("money.rules.contractSigned");
  };
  return (
    <Card title={i18n.t("money.title")}>
      <div class="fs-stack">
        <p class="fs-muted">{ruleText()}</p>
        <Show when={progress()}>
          {(p) => (
            <Show
              when={p().neededShare !== null}
              fallback={
                <p>
                  {deal().contractSignedAt
                    ? i18n.t("money.contractIsSigned")
                    : i18n.t("money.contractNotSigned")}
                </p>
              }
            >
              <ProgressBar
                label={i18n.t("money.progress")}
                value={Math.min(p().paidShare, p().neededShare ?? 1)}
                max={p().neededShare ?? 1}
                valueLabel={i18n.t("money.paidOfNeeded", {
                  paid: percent(p().paidShare),
                  needed: percent(p().neededShare ?? 1),
                })}
              />
            </Show>
          )}
        </Show>
        <Show
          when={props.data.invoice}
          fallback={
            <div class="fs-stack">
              <p class="fs-muted">{i18n.t("money.noInvoice")}</p>
              <Show when={can("dealsWrite") && deal().status !== "lost"}>
                <div>
                  <Button
                    loading={busy()}
                    disabled={props.data.lines.length === 0}
                    onClick={() => void issue()}
                  >
                    {i18n.t("money.issue")}
                  </Button>
                </div>
              </Show>
            </div>
          }
        >
          {(invoice) => (
            <div class="fs-stack">
              <dl class="fs-dl">
                <dt>{i18n.t("money.invoice")}</dt>
                <dd>{invoice().number}</dd>
                <Show when={order()}>
                  {(o) => (
                    <>
                      <dt>{i18n.t("money.total")}</dt>
                      <dd>{i18n.formatMoney(o().total)}</dd>
                      <dt>{i18n.t("money.paid")}</dt>
                      <dd>{i18n.formatMoney(o().paid)}</dd>
                      <dt>{i18n.t("money.due")}</dt>
                      <dd>{i18n.formatMoney(o().due)}</dd>
                    </>
                  )}
                </Show>
              </dl>
              <Show when={order()}>
                {(o) => (
                  <ul class="fs-list" aria-label={i18n.t("money.payments")}>
                    <For
                      each={o().payments}
                      fallback={<li class="fs-muted">{i18n.t("money.noPayments")}</li>}
                    >
                      {(payment) => (
                        <li class="fs-row">
                          <span>{i18n.formatDate(payment.paidOn)}</span>
                          <strong>{i18n.formatMoney(payment.amount)}</strong>
                          <span class="fs-muted">{i18n.tDynamic(`money.methods.${payment.method}`)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </Show>
              <Show when={can("ordersWrite")}>
                <PaymentForm orderId={invoice().orderId} onRecorded={afterPayment} />
              </Show>
            </div>
          )}
        </Show>
      </div>
    </Card>
  );
}
