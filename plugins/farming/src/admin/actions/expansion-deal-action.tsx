import {
  ActionDialog,
  amountMinorOf,
  currencySign,
  I18nProvider,
  Select,
  showToast,
  TextField,
} from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { createBusy } from "../shared/busy.ts";

/**
 * The `client.actions` button "Create an expansion deal": an upsell or cross-sell deal with this
 * client (name, amount, kind, expected close) through `farming.deals.create`, in the first stage
 * of farming's board; the card stays open and refreshes.
 */
export default function ExpansionDealAction(props: {
  clientId: string;
  clientName: string;
  onDone: () => void;
}): JSX.Element {
  const api = useFarmingApi();
  const [title, setTitle] = createSignal("");
  const [amount, setAmount] = createSignal("");
  const [kind, setKind] = createSignal<"upsell" | "cross-sell">("upsell");
  const [closeOn, setCloseOn] = createSignal("");
  const [errors, setErrors] = createSignal<{ amount?: string; form?: string }>({});
  const saving = createBusy();
  const submit = async () => {
    const minor = amount().trim() ? amountMinorOf(amount()) : 0;
    if (minor === null) {
      setErrors({ amount: i18n.t("quickAdd.amountInvalid") });
      return false;
    }
    setErrors({});
    let created = "";
    const ok = await saving.run(
      async () => {
        const deal = await api.deals.create.mutate({
          clientId: props.clientId,
          kind: kind(),
          amountMinor: minor,
          ...(title().trim() ? { title: title().trim() } : {}),
          ...(closeOn() ? { expectedCloseOn: closeOn() } : {}),
        });
        created = deal.title;
      },
      (form) => setErrors({ form }),
    );
    if (!ok) return false;
    showToast({ title: i18n.t("expansionAction.created", { title: created }), tone: "success" });
    props.onDone();
    return true;
  };
  return (
    <I18nProvider i18n={i18n}>
      <ActionDialog
        label={i18n.t("expansionAction.open")}
        title={i18n.t("expansionAction.title", { client: props.clientName })}
        submitLabel={i18n.t("quickAdd.create")}
        busy={saving.busy()}
        error={errors().form ?? null}
        onOpen={() => {
          setTitle("");
          setAmount("");
          setKind("upsell");
          setCloseOn("");
          setErrors({});
        }}
        onSubmit={submit}
      >
        <TextField
          label={i18n.t("quickAdd.name")}
          placeholder={i18n.t("quickAdd.namePlaceholder")}
          value={title()}
          onChange={setTitle}
        />
        <TextField
          label={i18n.t("quickAdd.amount", { currency: currencySign(i18n.locale(), "RUB") })}
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
      </ActionDialog>
    </I18nProvider>
  );
}
