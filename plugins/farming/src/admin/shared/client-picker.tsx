import { Button, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** A client farming serves, as the picker gives it. */
export type PickedClient = { id: string; name: string };

/** Finds a client of the portfolio by name and picks it; the pick shows with a way to change it. */
export function ClientPicker(props: {
  value: PickedClient | null;
  onChange: (client: PickedClient | null) => void;
  error?: string | undefined;
}): JSX.Element {
  const api = useFarmingApi();
  const [search, setSearch] = createSignal("");
  const [found] = createResource(
    () => search().trim() || null,
    (term) => api.accounts.portfolio.query({ search: term, limit: 6 }),
  );
  return (
    <Show
      when={props.value}
      fallback={
        <div class="q-stack q-gap-2">
          <TextField
            label={i18n.t("quickAdd.client")}
            type="search"
            value={search()}
            onChange={setSearch}
            error={props.error}
            autofocus
          />
          <Show when={found.state === "ready" && search().trim()}>
            <ul class="fm-list fm-found" aria-label={i18n.t("quickAdd.client")}>
              <For
                each={found()?.items ?? []}
                fallback={<li class="fm-hint">{i18n.t("quickAdd.noClients")}</li>}
              >
                {(item) => (
                  <li>
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => props.onChange({ id: item.clientId, name: item.clientName })}
                    >
                      {item.clientName}
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
          <span>{i18n.t("quickAdd.clientPicked", { name: client().name })}</span>
          <Button variant="ghost" size="sm" onClick={() => props.onChange(null)}>
            {i18n.t("quickAdd.change")}
          </Button>
        </div>
      )}
    </Show>
  );
}
