import { FormDialog } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { createBusy } from "../shared/busy.ts";
import { ClientPicker, type PickedClient } from "../shared/client-picker.tsx";
import { createDealDraft, DealDraftFields } from "./deal-draft.tsx";

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
  const draft = createDealDraft();
  const [client, setClient] = createSignal<PickedClient | null>(null);
  const [errors, setErrors] = createSignal<{ client?: string; form?: string }>({});
  const saving = createBusy();

  const reset = () => {
    setClient(null);
    draft.reset();
    setErrors({});
  };
  const submit = async () => {
    const chosen = client();
    const fields = draft.read();
    setErrors(chosen ? {} : { client: i18n.t("quickAdd.chooseClient") });
    if (!chosen || !fields) return;
    const created = await saving.run(
      () =>
        api.deals.create.mutate({
          clientId: chosen.id,
          ...fields,
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
      <DealDraftFields draft={draft} currency={props.currency} />
    </FormDialog>
  );
}
