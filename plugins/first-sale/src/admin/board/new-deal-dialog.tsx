import { Button, Callout, Dialog, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useCoreApi, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { createClientLeads, LeadPicker } from "../leads/lead-picker.tsx";
import { parseAmount } from "../shared/amount.ts";
import { createFormRun } from "./form-run.ts";

/** A new deal for a client found by name (core's client list), in the first stage of the board's pipeline. */
export function NewDealDialog(props: {
  open: boolean;
  /** The pipeline the board shows; the deal starts in its first stage. */
  pipelineId?: string | undefined;
  onClose: () => void;
  onCreated: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const clients = useCoreApi().clients;
  const [search, setSearch] = createSignal("");
  const [client, setClient] = createSignal<{ id: string; name: string } | null>(null);
  const [title, setTitle] = createSignal("");
  const [estimate, setEstimate] = createSignal("");
  const [lead, setLead] = createSignal<string | null>(null);
  const leads = createClientLeads(() => client()?.id);
  const form = createFormRun();
  const [found] = createResource(
    () => (props.open && search().trim().length > 0 ? search().trim() : null),
    (term) => clients.list.query({ search: term, limit: 8 }),
  );
  const submit = () => {
    const chosen = client();
    if (!chosen) return form.setError(i18n.t("create.chooseClient"));
    return form.run(async () => {
      const minor = parseAmount(estimate()) ?? 0;
      await api.deals.create.mutate({
        clientId: chosen.id,
        ...(props.pipelineId ? { pipelineId: props.pipelineId } : {}),
        ...(title().trim() ? { title: title().trim() } : {}),
        estimate: { amountMinor: minor },
        leadRequestId: lead(),
      });
      setClient(null);
      setLead(null);
      setSearch("");
      setTitle("");
      setEstimate("");
      props.onCreated();
    });
  };
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      title={i18n.t("create.title")}
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onClose()}>
            {i18n.t("create.cancel")}
          </Button>
          <Button loading={form.busy()} onClick={() => void submit()}>
            {i18n.t("create.submit")}
          </Button>
        </>
      }
    >
      <TextField label={i18n.t("create.client")} type="search" value={search()} onChange={setSearch} />
      <Show when={client()}>{(chosen) => <p>{i18n.t("create.chosen", { name: chosen().name })}</p>}</Show>
      <ul class="fs-found">
        <For each={found.state === "ready" ? (found()?.items ?? []) : []}>
          {(item) => (
            <li>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => {
                  setClient({ id: item.id, name: item.name });
                  setLead(null);
                }}
              >
                {item.name}
              </Button>
            </li>
          )}
        </For>
      </ul>
      <TextField label={i18n.t("create.dealTitle")} value={title()} onChange={setTitle} />
      <TextField label={i18n.t("create.estimate")} value={estimate()} onChange={setEstimate} />
      <LeadPicker leads={leads.leads()} value={lead()} onChange={setLead} />
      <Show when={form.error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
    </Dialog>
  );
}
