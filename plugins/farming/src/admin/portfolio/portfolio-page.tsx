import { Button, Card, I18nProvider, LoadFailed, loaded, Select, TextField } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useCoreApi, useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PageHead } from "../shared/page-head.tsx";
import { useCan } from "../shared/permissions.ts";
import { FarmersCard } from "./farmers-card.tsx";
import { MoveDialog } from "./move-dialog.tsx";
import { PortfolioTable } from "./portfolio-table.tsx";
import "./portfolio.css";

type Sort = "revenue" | "health" | "contact-due" | "name";
type Health = "healthy" | "watch" | "at-risk" | "unknown";
/** Clients a page shows, and how many more «show more» adds, up to the server's limit; search finds the rest. */
const pageSize = 100;
const maxShown = 500;
const sorts: readonly Sort[] = ["revenue", "health", "contact-due", "name"];
const statuses: readonly Health[] = ["at-risk", "watch", "healthy", "unknown"];

/**
 * `/farming/portfolio`: the caller's clients with class, revenue, health, next purchase and contact
 * date. A head of sales sees every farmer's clients, the farmers compared, and moves chosen clients
 * to another farmer.
 */
export default function PortfolioPage(): JSX.Element {
  const api = useFarmingApi();
  const core = useCoreApi();
  const can = useCan();
  const navigate = useNavigate();
  const manages = () => can("portfolioManage");
  const [search, setSearch] = createSignal("");
  const [status, setStatus] = createSignal<Health | "any">("any");
  const [farmerId, setFarmerId] = createSignal("any");
  const [sort, setSort] = createSignal<Sort>("revenue");
  const [shown, setShown] = createSignal(pageSize);
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const [moving, setMoving] = createSignal(false);
  const [page, { refetch }] = createResource(
    () => ({ search: search().trim(), status: status(), farmerId: farmerId(), sort: sort(), limit: shown() }),
    (f) =>
      api.accounts.portfolio.query({
        sort: f.sort,
        limit: f.limit,
        ...(f.search ? { search: f.search } : {}),
        ...(f.status !== "any" ? { status: f.status } : {}),
        ...(f.farmerId !== "any" ? { farmerId: f.farmerId } : {}),
      }),
  );
  const [farmers] = createResource(
    () => manages() || undefined,
    () => api.accounts.farmers.query(),
  );
  const [members] = createResource(
    () => manages() || undefined,
    () => core.members.list.query(),
  );
  const farmerName = (id: string | null) =>
    id === null
      ? i18n.t("noFarmer")
      : (loaded(members)?.find((m) => m.userId === id)?.name ??
        loaded(farmers)?.items.find((f) => f.farmerId === id)?.name ??
        i18n.t("none"));
  const select = (clientId: string, on: boolean) => {
    const next = new Set(selected());
    if (on) next.add(clientId);
    else next.delete(clientId);
    setSelected(next);
  };
  const farmerOptions = () => [
    { value: "any", label: i18n.t("portfolio.anyFarmer") },
    ...(loaded(farmers)?.items ?? []).map((f) => ({
      value: f.farmerId ?? "unassigned",
      label: f.name ?? i18n.t("portfolio.unassigned"),
    })),
  ];

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container fm-wide">
        <PageHead
          title={i18n.t("portfolio.title")}
          subtitle={manages() ? i18n.t("portfolio.all") : i18n.t("portfolio.mine")}
        />
        <div class="q-stack q-gap-6">
          <Show when={manages() && loaded(farmers)}>
            {(data) => <FarmersCard data={data()} onPick={setFarmerId} />}
          </Show>
          <Card padding="flush">
            <div class="fm-toolbar">
              <TextField
                label={i18n.t("portfolio.search")}
                labelHidden
                type="search"
                placeholder={i18n.t("portfolio.search")}
                value={search()}
                onChange={setSearch}
              />
              <Select
                label={i18n.t("portfolio.health")}
                labelHidden
                options={[
                  { value: "any", label: i18n.t("portfolio.anyHealth") },
                  ...statuses.map((s) => ({ value: s, label: i18n.t(`health.${s}`) })),
                ]}
                value={status()}
                onChange={(value) => setStatus(value as Health | "any")}
              />
              <Show when={manages()}>
                <Select
                  label={i18n.t("portfolio.farmer")}
                  labelHidden
                  options={farmerOptions()}
                  value={farmerId()}
                  onChange={setFarmerId}
                />
              </Show>
              <Select
                label={i18n.t("portfolio.sort")}
                labelHidden
                options={sorts.map((s) => ({ value: s, label: i18n.t(`portfolio.sorts.${s}`) }))}
                value={sort()}
                onChange={(value) => setSort(value as Sort)}
              />
            </div>
            <Show when={page.error}>
              <LoadFailed onRetry={() => void refetch()} />
            </Show>
            <Show when={selected().size > 0}>
              <div class="fm-selection" role="status">
                <span>{i18n.t("portfolio.selected", { count: selected().size })}</span>
                <Button size="sm" variant="primary" onClick={() => setMoving(true)}>
                  {i18n.t("portfolio.move")}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setSelected(new Set<string>())}>
                  {i18n.t("portfolio.clear")}
                </Button>
              </div>
            </Show>
            <Show when={loaded(page)}>
              {(data) => (
                <>
                  <PortfolioTable
                    page={data()}
                    farmerName={farmerName}
                    selectable={manages()}
                    showFarmer={manages() && (loaded(farmers)?.items.length ?? 0) > 1}
                    selected={selected()}
                    onSelect={select}
                    onOpen={(row) => navigate(`/clients/${row.clientId}`)}
                  />
                  <div class="fm-table-foot q-row">
                    <span>{i18n.t("portfolio.total", { count: data().total })}</span>
                    <Show when={data().total > data().items.length && shown() < maxShown}>
                      <Button
                        size="sm"
                        variant="secondary"
                        onClick={() => setShown(Math.min(maxShown, shown() + pageSize))}
                      >
                        {i18n.t("portfolio.more")}
                      </Button>
                    </Show>
                  </div>
                </>
              )}
            </Show>
          </Card>
        </div>
        <MoveDialog
          open={moving()}
          clientIds={[...selected()]}
          members={loaded(members) ?? []}
          onClose={() => setMoving(false)}
          onMoved={() => {
            setMoving(false);
            setSelected(new Set<string>());
            void refetch();
          }}
        />
      </div>
    </I18nProvider>
  );
}
