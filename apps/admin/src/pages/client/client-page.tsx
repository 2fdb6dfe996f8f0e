import { Slot, Spinner } from "@quartet/ui";
import { Navigate, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { ClientRequisitesCard } from "../../components/requisites/client-requisites-card.tsx";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { ClientContacts } from "./client-contacts.tsx";
import { ClientDetails } from "./client-details.tsx";
import { ClientHandoffs } from "./client-handoffs.tsx";
import { ClientOrders } from "./client-orders.tsx";
import { ClientOwners } from "./client-owners.tsx";
import { clientRecipients } from "./client-recipients.ts";
import { ClientTabs } from "./client-tabs.tsx";
import { ClientTasks } from "./client-tasks.tsx";
import type { ClientPageData } from "./client-types.ts";
import { Composer } from "./composer/composer.tsx";
import { ClientFeed } from "./feed/client-feed.tsx";
import "./client.css";
import "./client-records.css";

/**
 * `/clients/:id`, laid out like amoCRM's card: the key facts (stage, contacts as links, plugins'
 * actions) and the responsible people on the left; the composer and the feed across the four
 * functions in the middle (beside plugins' client tabs); contacts, tasks, orders, handoffs and plugin panels on the right. On
 * a phone it is one column. A merged client redirects to the one it was merged into.
 */
export default function ClientPage(): JSX.Element {
  const i18n = useT();
  const params = useParams();
  const access = useAccess();
  const { trpc, org } = useApi();
  const refresh = useOrgRefresh();
  // Bumped after a plugin's action, so the side panel's widgets load afresh.
  const [round, setRound] = createSignal(0);
  const afterAction = async () => {
    await refresh("clients", "timeline", "tasks");
    setRound(round() + 1);
  };
  const client = useQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "get", params.id),
    queryFn: () => trpc.core.clients.get.query({ id: params.id ?? "" }),
    enabled: access.can("core.clients.read") && Boolean(params.id),
  }));
  usePageTitle(() =>
    client.data && !client.data.merged ? client.data.client.name : i18n.t("clients.title"),
  );
  return (
    <RequirePermission permission="core.clients.read">
      <Switch
        fallback={
          <div class="client-page__loading">
            <Spinner />
          </div>
        }
      >
        <Match when={client.isError}>
          <div class="q-container">
            <p class="q-error" role="alert">
              {i18n.t("clientPage.notFound")}
            </p>
          </div>
        </Match>
        <Match when={client.data?.merged === true && client.data}>
          {(merged) => <Navigate href={`/clients/${merged().merged ? merged().mergedIntoId : ""}`} />}
        </Match>
        <Match when={client.data?.merged === false && client.data}>
          {(page) =>
            page().merged === false && (
              <div class="q-container client-page">
                <div class="client-page__facts">
                  <ClientDetails page={page() as ClientPageData} onAction={() => void afterAction()} />
                  <ClientOwners client={(page() as ClientPageData).client} />
                </div>
                <div class="client-page__feed">
                  <ClientTabs
                    clientId={params.id ?? ""}
                    clientName={(page() as ClientPageData).client.name}
                    feed={() => (
                      <>
                        <Composer clientId={params.id ?? ""} />
                        <ClientFeed clientId={params.id ?? ""} />
                      </>
                    )}
                  />
                </div>
                <aside class="client-page__side" aria-label={i18n.t("clientPage.side")}>
                  <ClientContacts clientId={params.id ?? ""} contacts={(page() as ClientPageData).contacts} />
                  <ClientTasks clientId={params.id ?? ""} />
                  <ClientOrders
                    clientId={params.id ?? ""}
                    recipients={clientRecipients(page() as ClientPageData)}
                  />
                  <ClientRequisitesCard clientId={params.id ?? ""} />
                  <ClientHandoffs
                    clientId={params.id ?? ""}
                    stage={(page() as ClientPageData).client.stage}
                  />
                  <Show when={round() + 1} keyed>
                    <Slot name="client.sidePanel" props={{ clientId: params.id ?? "" }} />
                  </Show>
                </aside>
              </div>
            )
          }
        </Match>
      </Switch>
    </RequirePermission>
  );
}
