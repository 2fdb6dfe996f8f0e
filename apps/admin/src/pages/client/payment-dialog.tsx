import { FormDialog, Select, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useServerForm } from "../../lib/server-form.ts";
import type { OrderSummary } from "./client-types.ts";
import { todayDate } from "./order-dialog.tsx";
import {
  emptyPayment,
  type PaymentDraft,
  type PaymentMethod,
  paymentInputOf,
  paymentMethods,
} from "./payment-draft.ts";

/** Records money received against an order: amount (a part is fine), date, method and a reference. */
export function PaymentDialog(props: {
  order: OrderSummary | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useOrgRefresh();
  const form = useServerForm(["amount.amountMinor", "amount.currency", "paidOn", "method", "reference"]);
  const [draft, setDraft] = createSignal<PaymentDraft>(emptyPayment(todayDate()));
  const reset = () => {
    setDraft(emptyPayment(todayDate()));
    form.show({});
  };
  const set = (patch: Partial<PaymentDraft>) => {
    for (const key of Object.keys(patch)) form.clear(key);
    setDraft({ ...draft(), ...patch });
  };
  const save = async () => {
    const order = props.order;
    if (!order) return;
    const parsed = paymentInputOf(order.id, draft(), i18n.t("orders.form.badNumber"));
    if (!parsed.ok) {
      form.show(parsed.errors);
      return;
    }
    const result = await form.run(() => trpc.core.orders.payments.record.mutate(parsed.input));
    if (!result.ok) return;
    const amount = i18n.formatMoney({
      amountMinor: parsed.input.amount.amountMinor,
      currency: order.currency,
    });
    showToast({ title: i18n.t("payments.recorded", { amount }), tone: "success" });
    await refresh("orders", "clients", "timeline");
    props.onOpenChange(false);
  };
  const errors = () => form.fieldErrors();
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={i18n.t("payments.title", { number: props.order?.number ?? "" })}
      submitLabel={i18n.t("payments.record")}
      busy={form.busy()}
      error={form.formError()}
      onSubmit={save}
      onOpen={reset}
    >
      <div class="client-form__grid">
        <TextField
          label={i18n.t("payments.amount")}
          inputMode="decimal"
          value={draft().amount}
          onChange={(amount) => set({ amount })}
          description={
            props.order
              ? i18n.t("payments.amountHint", { due: i18n.formatMoney(props.order.due) })
              : undefined
          }
          error={errors()["amount.amountMinor"] ?? errors()["amount.currency"]}
          autofocus
        />
        <TextField
          label={i18n.t("payments.date")}
          type="date"
          value={draft().paidOn}
          onChange={(paidOn) => set({ paidOn })}
          error={errors().paidOn}
        />
        <Select
          label={i18n.t("payments.method")}
          options={paymentMethods.map((method) => ({
            value: method,
            label: i18n.t(`payments.methods.${method}`),
          }))}
          value={draft().method}
          onChange={(method) => set({ method: method as PaymentMethod })}
          error={errors().method}
        />
        <TextField
          label={i18n.t("payments.reference")}
          value={draft().reference}
          onChange={(reference) => set({ reference })}
          error={errors().reference}
        />
      </div>
    </FormDialog>
  );
}
