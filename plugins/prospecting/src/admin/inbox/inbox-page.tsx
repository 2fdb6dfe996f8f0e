import { Badge, Card, EmptyState, I18nProvider } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, For, type JSX, Show } from "solid-js";
import { useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import "../prospecting.css";

/** `/leads`: the intake inbox — inbound requests with source, channel, status and age. */
export default function InboxPage(): JSX.Element {
  const api = useProspectingApi();
  const [requests] = createResource(() => api.inbox.list.query({}));
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="pr-page__head">
          <h1>{i18n.t("inbox.title")}</h1>
          <A href="/leads/forms">{i18n.t("inbox.forms")}</A>
        </div>
        <Card>
          <Show when={requests()}>
            {(page) => (
              <Show when={page().items.length > 0} fallback={<EmptyState title={i18n.t("inbox.empty")} />}>
                <ul class="pr-list">
                  <For each={page().items}>
                    {(request) => (
                      <li class="pr-list__item">
                        <span>{request.contactName ?? request.contactCompany ?? "—"}</span>
                        <span>{request.source}</span>
                        <span>{request.channel}</span>
                        <Badge>{request.status}</Badge>
                        <span>{new Date(request.receivedAt).toLocaleString(i18n.locale())}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            )}
          </Show>
        </Card>
      </div>
    </I18nProvider>
  );
}
