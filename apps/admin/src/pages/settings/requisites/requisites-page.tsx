import { Callout, Card, Spinner, showToast } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { RequisitesForm } from "../../../components/requisites/requisites-form.tsx";
import { RequirePermission } from "../../../guards/require-permission.tsx";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { useAccess } from "../../../lib/me.ts";
import { orgKey } from "../../../lib/org-key.ts";
import { usePageTitle } from "../../../lib/page-title.ts";
import { ImagesCard } from "./images-card.tsx";
import "../settings.css";

/** `/settings/requisites`: the organisation's requisites (`core.requisites.manage` to change them). */
export default function RequisitesPage(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const key = () => orgKey(org.id(), "requisites");
  const requisites = useQuery(() => ({
    queryKey: key(),
    queryFn: () => trpc.core.requisites.org.get.query(),
  }));
  const readOnly = () => !access.can("core.requisites.manage");
  const refresh = () => queryClient.invalidateQueries({ queryKey: key() });
  usePageTitle(() => i18n.t("requisites.title"));
  return (
    <RequirePermission permission="core.org.read">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("requisites.title")}</h1>
            <p class="q-muted">{i18n.t("requisites.subtitle")}</p>
          </div>
        </div>
        <Show
          when={requisites.data}
          fallback={
            <div class="card-loading">
              <Spinner />
            </div>
          }
        >
          {(value) => (
            <div class="q-stack q-gap-6">
              <Show when={readOnly()}>
                <Callout tone="info">{i18n.t("requisites.readOnly")}</Callout>
              </Show>
              <Card>
                <RequisitesForm
                  value={value()}
                  readOnly={readOnly()}
                  save={(input) => trpc.core.requisites.org.set.mutate(input)}
                  onSaved={() => {
                    showToast({ title: i18n.t("common.saved"), tone: "success" });
                    void refresh();
                  }}
                />
              </Card>
              <ImagesCard images={value().images} readOnly={readOnly()} onChange={() => void refresh()} />
            </div>
          )}
        </Show>
      </div>
    </RequirePermission>
  );
}
