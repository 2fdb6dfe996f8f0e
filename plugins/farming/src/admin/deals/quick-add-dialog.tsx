import { amountMinorOf, currencySign, FormDialog, Select, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { createBusy } from "../shared/busy.ts";
import { ClientPicker, type PickedClient } from "../shared/client-picker.tsx";

/** A new expansion deal in a few fields: the client, a name, the amount in roubles, the kind, the close date. */
export function QuickAddDialog(props: {
  open: boolean;
  /** The stage it starts in; the first by default. */
  stageKey?: string | undefined;
  currency: string;
  onClose: () => void;
  onCreated: () => void;
}): JSX.Element {
  const api = useFarmingApi();
  const [client, setClient] = createSignal<PickedClient | null>(null);
  const [title, setTitle] = createSignal("");
  const [amount, setAmount] = createSignal("");
  const [kind, setKind] = createSignal<"upsell" | "cross-sell">("upsell");
  const [closeOn, setCloseOn] = createSignal("");
  const [errors, setErrors] = createSignal<{ client?: string; amount?: string; form?: string }>({});
  const saving = createBusy();

  const reset = () => {
    setClient(null);
    setTitle("");
    setAmount("");
    setKind("upsell");
    setCloseOn("");
    setErrors({});
  };
  const submit = async () => {
    const chosen = client();
    const minor = amount().trim() ? amountMinorOf(amount()) : 0;
    const found = {
      ...(chosen ? {} : { client: i18n.t("quickAdd.chooseClient") }),
      ...(minor === null ? { amount: i18n.t("quickAdd.amountInvalid") } : {}),
    };
    setErrors(found);
    if (!chosen || minor === null) return;
    const created = await saving.run(
      () =>
        api.deals.create.mutate({
          clientId: chosen.id,
          kind: kind(),
          amountMinor: minor,
          ...(title().trim() ? { title: title().trim() } : {}),
          ...(closeOn() ? { expectedCloseOn: closeOn() } : {}),
          ...(props.stageKey ? { stageKey: props.stageKey } : {}),
        }),
      (form) => setErrors({ form }),
    );
    if (created) props.onCreated();
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      onOpen={reset}
      title={i18n.t("quickAdd.title")}
      submitLabel={i18n.t("quickAdd.create")}
      onSubmit={submit}
      busy={saving.busy()}
      error={errors().form ?? null}
    >
      <ClientPicker value={client()} onChange={setClient} error={errors().client} />
      <TextField
        label={i18n.t("quickAdd.name")}
        placeholder={i18n.t("quickAdd.namePlaceholder")}
        value={title()}
        onChange={setTitle}
      />
      <TextField
        label={i18n.t("quickAdd.amount", { currency: currencySign(i18n.locale(), props.currency) })}
        inputMode="decimal"
        value={amount()}
        onChange={setAmount}
        error={errors().amount}
      />
      <Select
        label={i18n.t("quickAdd.kind")}
        options={[
          { value: "upsell", label: i18n.t("kind.upsell") },
          { value: "cross-sell", label: i18n.t("kind.cross-sell") },
        ]}
        value={kind()}
        onChange={(value) => setKind(value === "cross-sell" ? "cross-sell" : "upsell")}
      />
      <TextField label={i18n.t("quickAdd.closeOn")} type="date" value={closeOn()} onChange={setCloseOn} />
    </FormDialog>
  );
}
