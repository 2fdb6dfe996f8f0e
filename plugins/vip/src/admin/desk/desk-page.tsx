import { Button, EmptyState, I18nProvider, LoadFailed, loaded } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useCoreApi, useVipApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PageHead } from "../shared/page-head.tsx";
import { useCan } from "../shared/permissions.ts";
import { type DeskFilter, DeskFilters } from "./desk-filters.tsx";
import { DeskTable } from "./desk-table.tsx";
import { DeskTiles } from "./desk-tiles.tsx";

/**
 * `/vip`: the key-account desk — VIP clients highest tier first with their manager, revenue trend,
 * reply clock, next review and grace warnings; filtered by tier, manager, replies, trend, grace
 * and due reviews. Arrows move between rows, Enter opens the client.
 */
export default function DeskPage(): JSX.Element {
  const api = useVipApi();
  const core = useCoreApi();
  const can = useCan();
  const navigate = useNavigate();
  const [filter, setFilter] = createSignal<DeskFilter>({});
  const [program] = createResource(() => api.program.get.query());
  const [members] = createResource(() => core.members.list.query().catch(() => []));
  const [list, { refetch }] = createResource(filter, (f) => api.clients.list.query(f));
  const tiers = () =>
    [...(loaded(program)?.tiers ?? [])]
      .reverse()
      .map((t) => ({ value: t.key, label: i18n.localized(t.name) }));
  const managers = () => (loaded(members) ?? []).map((m) => ({ value: m.userId, label: m.name }));
  const managerName = (id: string | null) =>
    loaded(members)?.find((m) => m.userId === id)?.name ?? i18n.t("desk.noManager");
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <PageHead title={i18n.t("desk.title")} subtitle={i18n.t("desk.subtitle")} />
        <Show when={!list.error} fallback={<LoadFailed onRetry={() => void refetch()} />}>
          <DeskTiles items={loaded(list)?.items ?? []} />
          <DeskFilters value={filter()} tiers={tiers()} managers={managers()} onChange={setFilter} />
          <Show when={loaded(list)}>
            {(data) => (
              <DeskTable
                items={data().items}
                managerName={managerName}
                onOpen={(item) => navigate(`/clients/${item.clientId}`)}
                empty={
                  <EmptyState
                    title={i18n.t("desk.empty")}
                    description={i18n.t("desk.emptyHint")}
                    action={
                      can("programManage") ? (
                        <Button variant="secondary" onClick={() => navigate("/vip/program")}>
                          {i18n.t("desk.openProgram")}
                        </Button>
                      ) : undefined
                    }
                  />
                }
              />
            )}
          </Show>
        </Show>
      </div>
    </I18nProvider>
  );
}
