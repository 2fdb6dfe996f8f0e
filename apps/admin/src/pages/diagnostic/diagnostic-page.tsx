import { useQuery } from "@tanstack/solid-query";
import type { JSX } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { orgKey } from "../../lib/org-key.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { PastReports } from "./past-reports.tsx";
import { QueryState } from "./query-state.tsx";
import { Questionnaire } from "./questionnaire.tsx";
import "./diagnostic.css";

/** `/diagnostic`: the department self-diagnostic questionnaire, pre-filled from data, and past reports. */
export default function DiagnosticPage(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  usePageTitle(() => i18n.t("diagnostic.title"));
  const prefill = useQuery(() => ({
    queryKey: orgKey(org.id(), "diagnostic", "prefill"),
    queryFn: () => trpc.core.diagnostic.prefill.query(),
    staleTime: Number.POSITIVE_INFINITY,
  }));
  return (
    <RequirePermission permission="core.diagnostic.run">
      <div class="q-container diag-page">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("diagnostic.title")}</h1>
            <p class="q-muted">{i18n.t("diagnostic.subtitle")}</p>
          </div>
        </div>
        <div class="q-stack q-gap-6">
          <QueryState
            query={prefill}
            loading={i18n.t("diagnostic.loading")}
            failed={i18n.t("diagnostic.failed")}
          >
            {(data) => <Questionnaire prefill={data()} />}
          </QueryState>
          <PastReports />
        </div>
      </div>
    </RequirePermission>
  );
}
