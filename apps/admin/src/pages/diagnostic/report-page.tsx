import { Button } from "@quartet/ui";
import { A, useParams } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { AnswersCard } from "./answers-card.tsx";
import { useConsultant, useReport } from "./queries.ts";
import { QueryState } from "./query-state.tsx";
import { RecommendationsCard } from "./recommendations-card.tsx";
import { ScoresCard } from "./scores-card.tsx";
import { SendDialog } from "./send-dialog.tsx";
import "./diagnostic.css";

/**
 * `/diagnostic/:id`: a report — scores per function, the weakest leg, recommendations with where
 * to act, the answers — with printing (A4, no app around it) and sending to the consultant when
 * the server is set up for it.
 */
export default function ReportPage(): JSX.Element {
  const i18n = useT();
  const params = useParams<{ id: string }>();
  const report = useReport(() => params.id);
  const consultant = useConsultant();
  const [sending, setSending] = createSignal(false);
  usePageTitle(() => i18n.t("diagnostic.report.title"));
  return (
    <RequirePermission permission="core.diagnostic.run">
      <div class="q-container diag-page diag-print">
        <QueryState
          query={report}
          loading={i18n.t("diagnostic.loading")}
          failed={i18n.t("diagnostic.report.notFound")}
        >
          {(data) => (
            <>
              <div class="q-page-header">
                <div class="q-stack q-gap-1">
                  <h1>{i18n.t("diagnostic.report.title")}</h1>
                  <p class="q-muted">
                    {i18n.t("diagnostic.report.made", { date: i18n.formatDateTime(data().createdAt) })}
                    <Show when={data().sentAt}>
                      {(at) => (
                        <> · {i18n.t("diagnostic.report.sent", { date: i18n.formatDateTime(at()) })}</>
                      )}
                    </Show>
                  </p>
                </div>
                <div class="diag-actions">
                  <A class="q-button" data-variant="ghost" href="/diagnostic">
                    {i18n.t("diagnostic.report.back")}
                  </A>
                  <Button variant="secondary" onClick={() => window.print()}>
                    {i18n.t("diagnostic.report.print")}
                  </Button>
                  <Show when={consultant.data?.configured}>
                    <Button variant="primary" onClick={() => setSending(true)}>
                      {i18n.t("diagnostic.send.open")}
                    </Button>
                  </Show>
                </div>
              </div>
              <div class="q-stack q-gap-6">
                <ScoresCard report={data().report} />
                <RecommendationsCard recommendations={data().report.recommendations} />
                <AnswersCard answers={data().answers} />
              </div>
              <SendDialog id={data().id} open={sending()} onOpenChange={setSending} />
            </>
          )}
        </QueryState>
      </div>
    </RequirePermission>
  );
}
