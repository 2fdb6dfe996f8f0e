import { Callout, DocumentsCard, I18nProvider, Spinner } from "@quartet/ui";
import { A, useParams } from "@solidjs/router";
import { createResource, type JSX, Show } from "solid-js";
import { useCoreApi, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { LeadCard } from "../leads/lead-card.tsx";
import { ProposalsCard } from "../proposals/proposals-card.tsx";
import { createNames } from "../shared/names.ts";
import { useOrgLocale } from "../shared/org-locale.ts";
import { useCan } from "../shared/permissions.ts";
import { DealDetails } from "./deal-details.tsx";
import { DealHeader } from "./deal-header.tsx";
import { HistoryCard } from "./history-card.tsx";
import { LinesCard } from "./lines-card.tsx";
import { MoneyCard } from "./money-card.tsx";
import { NextStepCard } from "./next-step-card.tsx";
import { recipientsOf } from "./recipients.ts";
import { TimelineCard } from "./timeline-card.tsx";
import "../shared/shared.css";
import "./deal.css";

/**
 * `/deals/:dealId`: one deal — client and contact, hunter, line items and totals, the next step,
 * the invoice with its payments and the progress toward the "first sale done" rule, the invoice
 * as PDF (core's documents), proposals with theirs, stage history and the client's timeline; won,
 * lost and reopen in the header.
 */
export default function DealPage(): JSX.Element {
  const params = useParams<{ dealId: string }>();
  const api = useFirstSaleApi();
  const core = useCoreApi();
  const can = useCan();
  const [data, { refetch }] = createResource(
    () => params.dealId,
    (dealId) => api.deals.get.query({ dealId }),
  );
  const [policy] = createResource(() => api.deals.policy.query());
  const names = createNames(() => (data.latest ? [data.latest.deal.clientId] : undefined));
  const [client] = createResource(
    () => (can("clientsRead") ? data.latest?.deal.clientId : undefined),
    (id) => core.clients.get.query({ id }),
  );
  const contacts = () => {
    const page = client.latest;
    return page && !page.merged ? page.contacts : [];
  };
  const orgLocale = useOrgLocale();
  const recipients = () => recipientsOf(client.latest, data.latest?.deal.contactId ?? null);
  const reload = () => void refetch();
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container fs-deal">
        <p>
          <A href="/deals">{i18n.t("deal.back")}</A>
        </p>
        <Show when={data.error}>
          <Callout tone="danger">{i18n.t("deal.loadFailed")}</Callout>
        </Show>
        <Show
          when={data.latest}
          fallback={
            <Show when={!data.error}>
              <Spinner />
            </Show>
          }
        >
          {(d) => (
            <>
              <DealHeader
                data={d()}
                clientName={names.client(d().deal.clientId)}
                rule={policy()?.wonWhen}
                lostReasons={policy()?.lostReasons ?? []}
                onChanged={reload}
              />
              <div class="fs-deal__grid">
                <div class="fs-stack">
                  <LinesCard data={d()} onSaved={reload} />
                  <MoneyCard data={d()} rule={policy()?.wonWhen} onChanged={reload} />
                  <DocumentsCard
                    api={core.documents}
                    subject="first-sale.deal"
                    subjectId={d().deal.id}
                    recipients={recipients()}
                    documentLocale={orgLocale()}
                    title={i18n.t("money.pdfTitle")}
                    onChange={reload}
                  />
                  <ProposalsCard
                    data={d()}
                    recipients={recipients()}
                    documentLocale={orgLocale()}
                    onChanged={reload}
                  />
                </div>
                <div class="fs-stack">
                  <NextStepCard deal={d().deal} onChanged={reload} />
                  <LeadCard deal={d().deal} onLinked={reload} />
                  <DealDetails
                    deal={d().deal}
                    hasLines={d().lines.length > 0}
                    contacts={contacts()}
                    members={names.members()}
                    onSaved={reload}
                  />
                  <HistoryCard data={d()} memberName={(id) => names.member(id)} />
                  <Show when={can("clientsRead")}>
                    <TimelineCard clientId={d().deal.clientId} refreshKey={d().deal.updatedAt} />
                  </Show>
                </div>
              </div>
            </>
          )}
        </Show>
      </div>
    </I18nProvider>
  );
}
