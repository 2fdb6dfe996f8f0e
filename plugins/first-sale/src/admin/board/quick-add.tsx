import { Button, Callout, showToast, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useCoreApi, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { parseAmount } from "../shared/amount.ts";
import { useCan } from "../shared/permissions.ts";
import { createFormRun } from "./form-run.ts";

/** The client of a quick-added deal: one found in core, or a new one by name (no id). */
type Chosen = { id?: string; name: string };

/**
 * Quick add at the top of a column: a client picked by name (or a new client named on the spot,
 * for holders of `core.clients.write`), the amount in roubles and an optional title; the deal is
 * created in this column's stage (`deals.create`) and named after the client without a title.
 * Escape or "Cancel" folds the form back into its button.
 */
export function QuickAdd(props: {
  pipelineId: string;
  stageId: string;
  stageName: string;
  onCreated: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const clients = useCoreApi().clients;
  const can = useCan();
  const [open, setOpen] = createSignal(false);
  const [search, setSearch] = createSignal("");
  const [chosen, setChosen] = createSignal<Chosen | null>(null);
  const [amount, setAmount] = createSignal("");
  const [title, setTitle] = createSignal("");
  const form = createFormRun();
  const term = () => search().trim();
  const [found] = createResource(
    () => (open() && !chosen() && term() ? term() : null),
    (text) => clients.list.query({ search: text, limit: 5 }),
  );
  const close = () => {
    setOpen(false);
    setSearch("");
    setChosen(null);
    setAmount("");
    setTitle("");
    form.setError(null);
  };
  const submit = () => {
    const client = chosen();
    if (!client) return form.setError(i18n.t("boardView.quickAdd.chooseClient"));
    const minor = amount().trim() ? parseAmount(amount()) : 0;
    if (minor === null) return form.setError(i18n.t("boardView.quickAdd.badAmount"));
    return form.run(async () => {
      await api.deals.create.mutate({
        ...(client.id ? { clientId: client.id } : { newClientName: client.name }),
        pipelineId: props.pipelineId,
        stageId: props.stageId,
        estimate: { amountMinor: minor },
        ...(title().trim() ? { title: title().trim() } : {}),
      });
      showToast({ title: i18n.t("boardView.quickAdd.added", { stage: props.stageName }), tone: "success" });
      close();
      props.onCreated();
    });
  };
  return (
    <Show
      when={open()}
      fallback={
        <button
          type="button"
          class="fs-quick-add__open"
          aria-label={i18n.t("boardView.quickAdd.openIn", { stage: props.stageName })}
          onClick={() => setOpen(true)}
        >
          + {i18n.t("boardView.quickAdd.open")}
        </button>
      }
    >
      <form
        class="fs-quick-add"
        aria-label={i18n.t("boardView.quickAdd.openIn", { stage: props.stageName })}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") close();
        }}
      >
        <Show
          when={chosen()}
          fallback={
            <>
              <TextField
                label={i18n.t("boardView.quickAdd.client")}
                description={i18n.t("boardView.quickAdd.clientHint")}
                type="search"
                value={search()}
                onChange={setSearch}
                autofocus
              />
              <ul class="fs-quick-add__found">
                <For each={found.state === "ready" ? (found()?.items ?? []) : []}>
                  {(item) => (
                    <li>
                      <button type="button" onClick={() => setChosen({ id: item.id, name: item.name })}>
                        {item.name}
                      </button>
                    </li>
                  )}
                </For>
                <Show when={term() && can("clientsWrite")}>
                  <li>
                    <button
                      type="button"
                      class="fs-quick-add__new"
                      onClick={() => setChosen({ name: term() })}
                    >
                      {i18n.t("boardView.quickAdd.newClient", { name: term() })}
                    </button>
                  </li>
                </Show>
              </ul>
            </>
          }
        >
          {(client) => (
            <div class="fs-quick-add__chosen">
              <span>{i18n.t("boardView.quickAdd.chosen", { name: client().name })}</span>
              <Button variant="ghost" size="sm" onClick={() => setChosen(null)}>
                {i18n.t("boardView.quickAdd.change")}
              </Button>
            </div>
          )}
        </Show>
        <TextField
          label={i18n.t("boardView.quickAdd.amount")}
          inputMode="decimal"
          value={amount()}
          onChange={setAmount}
        />
        <TextField
          label={i18n.t("boardView.quickAdd.title")}
          placeholder={chosen()?.name ?? ""}
          value={title()}
          onChange={setTitle}
        />
        <Show when={form.error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
        <div class="fs-quick-add__actions">
          <Button type="submit" variant="primary" size="sm" loading={form.busy()}>
            {i18n.t("boardView.quickAdd.submit")}
          </Button>
          <Button variant="ghost" size="sm" onClick={close}>
            {i18n.t("boardView.quickAdd.cancel")}
          </Button>
        </div>
      </form>
    </Show>
  );
}
