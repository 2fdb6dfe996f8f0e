import { Button, Select, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { parseAmount } from "../shared/amount.ts";
import { run } from "../shared/run.ts";

const methods = ["bank", "cash", "card", "other"] as const;

/** Records money received against the deal's invoice with core's `orders.payments.record`. */
export function PaymentForm(props: { orderId: string; onRecorded: () => void }): JSX.Element {
  const core = useCoreApi();
  const [amount, setAmount] = createSignal("");
  const [paidOn, setPaidOn] = createSignal("");
  const [method, setMethod] = createSignal<(typeof methods)[number]>("bank");
  const [error, setError] = createSignal<string | undefined>();
  const [busy, setBusy] = createSignal(false);
  const record = async () => {
    const minor = parseAmount(amount());
    if (!minor) return setError(i18n.t("money.amountInvalid"));
    setError(undefined);
    setBusy(true);
    const ok = await run(
      () =>
        core.orders.payments.record.mutate({
          orderId: props.orderId,
          amount: { amountMinor: minor },
          method: method(),
          ...(paidOn() ? { paidOn: paidOn() } : {}),
        }),
      i18n.t("money.recorded"),
    );
    setBusy(false);
    if (!ok) return;
    setAmount("");
    props.onRecorded();
  };
  return (
    <form
      class="fs-toolbar"
      aria-label={i18n.t("money.recordTitle")}
      onSubmit={(event) => {
        event.preventDefault();
        void record();
      }}
    >
      <TextField
        label={i18n.t("money.amount")}
        inputMode="decimal"
        value={amount()}
        onChange={setAmount}
        error={error()}
      />
      <TextField label={i18n.t("money.paidOn")} type="date" value={paidOn()} onChange={setPaidOn} />
      <Select
        label={i18n.t("money.method")}
        options={methods.map((m) => ({ value: m, label: i18n.t(`money.methods.${m}`) }))}
        value={method()}
        onChange={(value) => setMethod(value as (typeof methods)[number])}
      />
      <Button type="submit" loading={busy()}>
        {i18n.t("money.record")}
      </Button>
    </form>
  );
}
