import { ActionDialog, I18nProvider, showToast } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { createDealDraft, DealDraftFields } from "../deals/deal-draft.tsx";
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
  const draft = createDealDraft();
  const [formError, setFormError] = createSignal<string | null>(null);
  const saving = createBusy();
  const submit = async () => {
    const fields = draft.read();
    setFormError(null);
    if (!fields) return false;
    let created = "";
    const ok = await saving.run(
      async () => {
        created = (await api.deals.create.mutate({ clientId: props.clientId, ...fields })).title;
      },
      (form) => setFormError(form),
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
        error={formError()}
        onOpen={() => {
          draft.reset();
          setFormError(null);
        }}
        onSubmit={submit}
      >
        <DealDraftFields draft={draft} currency="RUB" />
      </ActionDialog>
    </I18nProvider>
  );
}
