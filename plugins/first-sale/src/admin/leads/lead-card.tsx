import { Button, Card, usePluginHost } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { type DealView, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { useCan } from "../shared/permissions.ts";
import { run } from "../shared/run.ts";
import { createClientLeads, LeadPicker } from "./lead-picker.tsx";
import "./leads.css";

/**
 * The deal's lead on its page: when it was qualified, its source and a link to it in prospecting's
 * inbox; a deal without one that may be changed offers its client's qualified leads to link.
 * Nothing shows for a deal without a lead whose client has none.
 */
export function LeadCard(props: { deal: DealView; onLinked: () => void }): JSX.Element {
  const api = useFirstSaleApi();
  const can = useCan();
  const host = usePluginHost();
  const mayLink = () => !props.deal.leadRequestId && can("dealsWrite") && props.deal.status === "open";
  const leads = createClientLeads(() => (mayLink() ? props.deal.clientId : null));
  const [chosen, setChosen] = createSignal<string | null>(null);
  const link = async () => {
    const leadRequestId = chosen() ?? leads.leads()[0]?.requestId;
    if (!leadRequestId) return;
    const ok = await run(
      () => api.deals.linkLead.mutate({ dealId: props.deal.id, leadRequestId }),
      i18n.t("leads.card.linked"),
    );
    if (ok) props.onLinked();
  };
  return (
    <Show
      when={props.deal.leadRequestId}
      fallback={
        <Show when={leads.leads().length > 0}>
          <Card title={i18n.t("leads.card.title")} class="fs-lead-card">
            <LeadPicker
              leads={leads.leads()}
              value={chosen() ?? leads.leads()[0]?.requestId ?? null}
              onChange={setChosen}
              required
            />
            <Button variant="secondary" onClick={() => void link()}>
              {i18n.t("leads.card.link")}
            </Button>
          </Card>
        </Show>
      }
    >
      {(requestId) => (
        <Card title={i18n.t("leads.card.title")} class="fs-lead-card">
          <ul class="fs-lead-card__facts">
            <Show when={props.deal.leadQualifiedAt}>
              {(at) => <li>{i18n.t("leads.card.from", { date: i18n.formatDate(at()) })}</li>}
            </Show>
            <Show when={props.deal.source}>
              {(source) => <li>{i18n.t("leads.card.source", { source: source() })}</li>}
            </Show>
            <Show when={host.isEnabled("prospecting")}>
              <li>
                <A href={`/leads?request=${encodeURIComponent(requestId())}`}>{i18n.t("leads.card.open")}</A>
              </li>
            </Show>
          </ul>
        </Card>
      )}
    </Show>
  );
}
