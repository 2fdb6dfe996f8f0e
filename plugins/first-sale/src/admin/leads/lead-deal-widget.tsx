import { I18nProvider } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, type JSX, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import "./leads.css";

/** The `lead.panel` widget: the deal a qualified lead became, linked, or that it has none yet. */
export default function LeadDealWidget(props: { requestId: string }): JSX.Element {
  const api = useFirstSaleApi();
  const [deal] = createResource(
    () => props.requestId,
    (leadRequestId) => api.deals.ofLead.query({ leadRequestId }),
  );
  return (
    <I18nProvider i18n={i18n}>
      <Show when={deal.state === "ready"}>
        <p class="fs-lead-deal">
          <span class="q-muted">{i18n.t("leads.ofLead.title")}: </span>
          <Show when={deal()} fallback={i18n.t("leads.ofLead.none")}>
            {(found) => <A href={`/deals/${found().id}`}>{found().title}</A>}
          </Show>
        </p>
      </Show>
    </I18nProvider>
  );
}
