import { Card, EmptyState, I18nProvider, Loaded, loaded, Select } from "@quartet/ui";
import { createEffect, createMemo, createResource, createSignal, type JSX, on, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PageHead } from "../shared/page-head.tsx";
import { MatrixTable } from "./matrix-table.tsx";
import { OffersCard } from "./offers-card.tsx";
import "./whitespace.css";

/**
 * `/farming/whitespace`: clients × categories (who buys what), and for the picked client the
 * categories its peers buy and it does not — marked in its row and listed with the evidence in
 * words and an expansion deal in one click.
 */
export default function WhitespacePage(): JSX.Element {
  const api = useFarmingApi();
  const [industry, setIndustry] = createSignal("any");
  const [picked, setPicked] = createSignal<string | null>(null);
  const [matrix, { refetch }] = createResource(
    () => ({ industry: industry() }),
    (f) => api.whitespace.matrix.query(f.industry !== "any" ? { industry: f.industry } : {}),
  );
  const [all] = createResource(() => api.whitespace.matrix.query({}));
  const [offers, offersControl] = createResource(picked, (clientId) =>
    api.whitespace.offers.query({ clientId }),
  );
  const industries = createMemo(() =>
    [...new Set((loaded(all)?.rows ?? []).map((r) => r.industry).filter((i): i is string => !!i))].sort(),
  );
  const rows = () => loaded(matrix)?.rows ?? [];
  const client = () => {
    const row = rows().find((r) => r.clientId === picked());
    return row ? { id: row.clientId, name: row.clientName } : null;
  };
  const offered = createMemo(() => new Set((loaded(offers)?.items ?? []).map((o) => o.categoryId)));
  // Start with the largest client that has something to offer, so the offers are not an empty card.
  const firstWithOffers = async (candidates: readonly { clientId: string; cells: boolean[] }[]) => {
    for (const row of candidates.filter((r) => r.cells.some((buys) => !buys)).slice(0, 8)) {
      if ((await api.whitespace.offers.query({ clientId: row.clientId })).items.length) return row.clientId;
    }
    return candidates[0]?.clientId ?? null;
  };
  createEffect(
    on(rows, (list) => {
      if (list.length === 0 || list.some((r) => r.clientId === picked())) return;
      void firstWithOffers(list).then(
        (id) => {
          if (!list.some((r) => r.clientId === picked())) setPicked(id);
        },
        () => setPicked(list[0]?.clientId ?? null),
      );
    }),
  );
  // On a phone the offers stand under the matrix: bring them into sight once a client is picked.
  const pick = (clientId: string) => {
    setPicked(clientId);
    if (window.matchMedia("(max-width: 900px)").matches) {
      document.querySelector(".fm-offers-card")?.scrollIntoView({ behavior: "smooth", block: "start" });
    }
  };
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container fm-wide">
        <PageHead title={i18n.t("whitespace.title")} subtitle={i18n.t("whitespace.subtitle")} />
        <Loaded resource={matrix} onRetry={() => void refetch()}>
          {(data) => (
            <Show when={data().rows.length > 0} fallback={<EmptyState title={i18n.t("whitespace.empty")} />}>
              <div class="fm-whitespace">
                <Card title={i18n.t("whitespace.matrixTitle")} padding="flush">
                  <Show when={industries().length > 1}>
                    <div class="fm-toolbar">
                      <Select
                        label={i18n.t("whitespace.industry")}
                        labelHidden
                        options={[
                          { value: "any", label: i18n.t("whitespace.anyIndustry") },
                          ...industries().map((i) => ({ value: i, label: i })),
                        ]}
                        value={industry()}
                        onChange={setIndustry}
                      />
                    </div>
                  </Show>
                  <MatrixTable matrix={data()} picked={picked()} offered={offered()} onPick={pick} />
                  <p class="fm-table-foot fm-legend">
                    <span class="fm-legend__mark" data-state="buys" />
                    {i18n.t("whitespace.cell.buys")}
                    <span class="fm-legend__mark" data-state="offer" />
                    {i18n.t("whitespace.cell.offer")}
                    <Show when={data().total > data().rows.length}>
                      {" · "}
                      {i18n.t("whitespace.shown", { shown: data().rows.length, total: data().total })}
                    </Show>
                  </p>
                </Card>
                <OffersCard
                  client={client()}
                  offers={loaded(offers)}
                  onDecided={() => void offersControl.refetch()}
                />
              </div>
            </Show>
          )}
        </Loaded>
      </div>
    </I18nProvider>
  );
}
