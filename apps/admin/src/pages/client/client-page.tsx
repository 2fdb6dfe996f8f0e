import { Slot, Spinner } from "@quartet/ui";
import { Navigate, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Match, Switch } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { ClientContacts } from "./client-contacts.tsx";
import { ClientDetails } from "./client-details.tsx";
import { ClientHandoffs } from "./client-handoffs.tsx";
import { ClientOrders } from "./client-orders.tsx";
import { ClientOwners } from "./client-owners.tsx";
import { ClientTasks } from "./client-tasks.tsx";
import { ClientTimeline } from "./client-timeline.tsx";
import type { ClientPageData } from "./client-types.ts";
import "./client.css";
import "./client-records.css";

/**
 * `/clients/:id`: a client's details and stage, contacts, orders and payments, handoffs, tasks
 * and its timeline across functions; the responsible people and plugin panels at the side. A
 * merged client redirects to the one it was merged into.
 */
export default function ClientPage(): JSX.Element {
  const i18n = useT();
  const params = useParams();
  const access = useAccess();
  const { trpc, org } = useApi();
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
                <div class="client-page__main">
                  <ClientDetails page={page() as ClientPageData} />
                  <ClientContacts clientId={params.id ?? ""} contacts={(page() as ClientPageData).contacts} />
                  <ClientOrders clientId={params.id ?? ""} />
                  <ClientHandoffs
                    clientId={params.id ?? ""}
                    stage={(page() as ClientPageData).client.stage}
                  />
                  <ClientTasks clientId={params.id ?? ""} />
                  <ClientTimeline clientId={params.id ?? ""} />
                </div>
                <aside class="client-page__side">
                  <ClientOwners client={(page() as ClientPageData).client} />
                  <Slot name="client.sidePanel" props={{ clientId: params.id ?? "" }} />
                </aside>
              </div>
            )
          }
        </Match>
      </Switch>
    </RequirePermission>
  );
}
