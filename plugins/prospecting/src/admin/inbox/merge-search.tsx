import { Button, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useCan, useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { perm } from "../permissions.ts";

/** Finds a client by name, INN, phone or email (core's client list) to merge a request into. */
export function MergeSearch(props: { onPick: (clientId: string) => void; disabled: boolean }): JSX.Element {
  const core = useCoreApi();
  const can = useCan();
  const [text, setText] = createSignal("");
  const [query, setQuery] = createSignal("");
  const [found] = createResource(query, (search) => core.clients.list.query({ search, limit: 10 }));
  return (
    <Show when={can(perm.clientsRead)}>
      <section class="pr-section">
        <TextField
          label={i18n.t("request.search")}
          description={i18n.t("request.searchHint")}
          type="search"
          autofocus
          value={text()}
          onChange={setText}
          onEnter={() => setQuery(text().trim())}
          onBlur={() => setQuery(text().trim())}
        />
        <ul class="pr-candidates">
          <For each={found()?.items ?? []}>
            {(client) => (
              <li>
                <strong>{client.name}</strong>
                <Button size="sm" disabled={props.disabled} onClick={() => props.onPick(client.id)}>
                  {i18n.t("request.merge")}
                </Button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
