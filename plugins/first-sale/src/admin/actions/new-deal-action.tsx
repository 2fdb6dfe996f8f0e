import { ActionDialog, amountMinorOf, I18nProvider, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { errorText } from "../errors/error-text.ts";
import { i18n } from "../i18n/index.ts";
import { createClientLeads, LeadPicker } from "../leads/lead-picker.tsx";

/**
 * The `client.actions` button "Create a deal": a dialog for a deal with this client (title and
 * estimate) through `firstSale.deals.create`, in the default pipeline's first stage; the card
 * stays open and refreshes.
 */
export default function NewDealAction(props: {
  clientId: string;
  clientName: string;
  onDone: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const [title, setTitle] = createSignal("");
  const [estimate, setEstimate] = createSignal("");
  const [lead, setLead] = createSignal<string | null>(null);
  const [open, setOpen] = createSignal(false);
  const leads = createClientLeads(() => (open() ? props.clientId : null));
  const [errors, setErrors] = createSignal<{ estimate?: string; form?: string }>({});
  const [busy, setBusy] = createSignal(false);
  const submit = async () => {
    const minor = estimate().trim() ? amountMinorOf(estimate()) : 0;
    if (minor === null) {
      setErrors({ estimate: i18n.t("newDeal.badAmount") });
      return false;
    }
    setBusy(true);
    setErrors({});
    try {
      const deal = await api.deals.create.mutate({
        clientId: props.clientId,
        ...(title().trim() ? { title: title().trim() } : {}),
        estimate: { amountMinor: minor },
        leadRequestId: lead(),
      });
      showToast({ title: i18n.t("newDeal.created", { title: deal.title }), tone: "success" });
      props.onDone();
      return true;
    } catch (cause) {
      setErrors({ form: errorText(cause) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <I18nProvider i18n={i18n}>
      <ActionDialog
        label={i18n.t("newDeal.open")}
        title={i18n.t("newDeal.title", { client: props.clientName })}
        submitLabel={i18n.t("newDeal.submit")}
        busy={busy()}
        error={errors().form ?? null}
        onOpen={() => {
          setTitle("");
          setEstimate("");
          setLead(null);
          setOpen(true);
          setErrors({});
        }}
        onSubmit={submit}
      >
        <TextField label={i18n.t("newDeal.dealTitle")} value={title()} onChange={setTitle} />
        <TextField
          label={i18n.t("newDeal.estimate")}
          inputMode="decimal"
          value={estimate()}
          onChange={setEstimate}
          error={errors().estimate}
        />
        <LeadPicker leads={leads.leads()} value={lead()} onChange={setLead} />
      </ActionDialog>
    </I18nProvider>
  );
}
