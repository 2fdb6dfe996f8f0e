import { Button, FormDialog, showToast, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { type ClientItem, useClientSearch, useReferralsApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { errorText } from "../shared/words.ts";

/**
 * Records who referred a client: find the referrer by name (core's client search), add a note,
 * save. A refusal shows in the server's words; `onDone` runs after a save.
 */
export function RecordDialog(props: {
  clientId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDone: () => void;
}): JSX.Element {
  const api = useReferralsApi();
  const searchClients = useClientSearch();
  const [search, setSearch] = createSignal("");
  const [picked, setPicked] = createSignal<ClientItem | null>(null);
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [found] = createResource(
    () => search().trim() || null,
    (term) => searchClients(term),
  );
  const candidates = () => (found()?.items ?? []).filter((c) => c.id !== props.clientId);
  const save = async () => {
    const referrer = picked();
    if (!referrer) return setError(i18n.t("widget.search"));
    setBusy(true);
    try {
      await api.record.mutate({ clientId: props.clientId, referrerId: referrer.id, note: note() });
      showToast({ title: i18n.t("widget.saved"), tone: "success" });
      props.onOpenChange(false);
      props.onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={i18n.t("widget.dialogTitle")}
      submitLabel={i18n.t("widget.save")}
      busy={busy()}
      error={error()}
      onOpen={() => {
        setSearch("");
        setPicked(null);
        setNote("");
        setError(null);
      }}
      onSubmit={save}
    >
      <Show
        when={picked()}
        fallback={
          <div class="q-stack q-gap-2">
            <TextField
              label={i18n.t("widget.search")}
              type="search"
              value={search()}
              onChange={setSearch}
              autofocus
            />
            <Show when={found.state === "ready" && search().trim()}>
              <ul class="referrals-list q-stack q-gap-1" aria-label={i18n.t("widget.search")}>
                <For each={candidates()} fallback={<li class="q-muted">{i18n.t("widget.noClients")}</li>}>
                  {(client) => (
                    <li>
                      <Button variant="ghost" size="sm" onClick={() => setPicked(client)}>
                        {client.name}
                      </Button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
        }
      >
        {(client) => (
          <div class="q-row">
            <span>{i18n.t("widget.picked", { name: client().name })}</span>
            <Button variant="ghost" size="sm" onClick={() => setPicked(null)}>
              {i18n.t("widget.change")}
            </Button>
          </div>
        )}
      </Show>
      <TextField label={i18n.t("widget.note")} value={note()} onChange={setNote} />
    </FormDialog>
  );
}
