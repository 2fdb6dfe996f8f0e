import { Button, Select, TextField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import type { PipelineView } from "../api.ts";
import { FilterChecks } from "../board/filter-checks.tsx";
import { i18n } from "../i18n/index.ts";
import { type ListFilters, type ListSort, listSorts } from "./list-query.ts";

const anyValue = "*";

/**
 * The filter bar of the deal list: pipeline, stage, hunter, status, mine, rotting, next step
 * overdue, search and the sort; a source from the board's link shows as a chip that clears it.
 */
export function ListFilterBar(props: {
  filters: ListFilters;
  sort: ListSort;
  pipelines: readonly PipelineView[];
  members: readonly { userId: string; name: string }[];
  onChange: (filters: ListFilters) => void;
  onSort: (sort: ListSort) => void;
}): JSX.Element {
  // A sentinel for "any": the select shows no option whose value is empty.
  const any = { value: anyValue, label: i18n.t("list.any") };
  const set = (change: Partial<ListFilters>) => props.onChange({ ...props.filters, ...change });
  const shown = (value: string) => value || anyValue;
  const picked = (value: string) => (value === anyValue ? "" : value);
  const stages = () => props.pipelines.find((p) => p.id === props.filters.pipelineId)?.stages ?? [];
  return (
    <div class="fs-toolbar">
      <TextField
        label={i18n.t("list.search")}
        type="search"
        value={props.filters.search}
        onChange={(search) => set({ search })}
      />
      <Select
        label={i18n.t("list.pipeline")}
        options={[any, ...props.pipelines.map((p) => ({ value: p.id, label: p.name }))]}
        value={shown(props.filters.pipelineId)}
        onChange={(pipelineId) => set({ pipelineId: picked(pipelineId), stageId: "" })}
      />
      <Select
        label={i18n.t("list.stage")}
        options={[any, ...stages().map((s) => ({ value: s.id, label: s.name }))]}
        value={shown(props.filters.stageId)}
        disabled={!props.filters.pipelineId}
        onChange={(stageId) => set({ stageId: picked(stageId) })}
      />
      <Select
        label={i18n.t("list.hunter")}
        options={[any, ...props.members.map((m) => ({ value: m.userId, label: m.name }))]}
        value={shown(props.filters.hunterId)}
        onChange={(hunterId) => set({ hunterId: picked(hunterId) })}
      />
      <Select
        label={i18n.t("list.status")}
        options={[
          any,
          { value: "open", label: i18n.t("status.open") },
          { value: "won", label: i18n.t("status.won") },
          { value: "lost", label: i18n.t("status.lost") },
        ]}
        value={shown(props.filters.status)}
        onChange={(status) => set({ status: picked(status) as ListFilters["status"] })}
      />
      <Select
        label={i18n.t("list.sort")}
        options={listSorts.map((sort) => ({ value: sort, label: i18n.t(`list.sorts.${sort}`) }))}
        value={props.sort}
        onChange={(sort) => props.onSort(sort as ListSort)}
      />
      <FilterChecks filters={props.filters} onChange={set} />
      <Show when={props.filters.source}>
        {(source) => (
          <Button variant="secondary" size="sm" onClick={() => set({ source: "" })}>
            {i18n.t("list.sourceChip", { source: source() })}
          </Button>
        )}
      </Show>
    </div>
  );
}
