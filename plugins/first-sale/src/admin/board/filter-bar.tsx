import { Button, Select, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import {
  activeFilterCount,
  type BoardFilters,
  type ClosedPeriod,
  closedPeriods,
  noBoardFilters,
} from "./board-query.ts";
import { FilterChecks } from "./filter-checks.tsx";

/** Stands for "any": a select shows no option whose value is empty. */
const any = "*";

/**
 * The board's filters: a search, mine, a hunter, a source, rotting, next step overdue, and a reset;
 * beside them, how far back the won and lost columns reach (not a filter: the reset keeps it).
 */
export function FilterBar(props: {
  filters: BoardFilters;
  members: readonly { userId: string; name: string }[];
  sources: readonly string[];
  closed: ClosedPeriod;
  onChange: (filters: BoardFilters) => void;
  onClosed: (closed: ClosedPeriod) => void;
}): JSX.Element {
  const set = (change: Partial<BoardFilters>) => props.onChange({ ...props.filters, ...change });
  // On a phone the filters fold behind a button (CSS shows the button there only).
  const [open, setOpen] = createSignal(false);
  const active = () => activeFilterCount(props.filters);
  const picked = (value: string) => (value === any ? "" : value);
  return (
    <>
      <Button
        class="fs-board-filters__toggle"
        variant="secondary"
        size="sm"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
      >
        {active()
          ? i18n.t("boardView.filters.toggleActive", { count: active() })
          : i18n.t("boardView.filters.label")}
      </Button>
      <fieldset class="fs-board-filters" data-open={open() ? "" : undefined}>
        <legend class="q-visually-hidden">{i18n.t("boardView.filters.label")}</legend>
        <TextField
          label={i18n.t("boardView.filters.search")}
          type="search"
          value={props.filters.search}
          onChange={(search) => search !== props.filters.search && set({ search })}
        />
        <Select
          label={i18n.t("boardView.filters.hunter")}
          options={[
            { value: any, label: i18n.t("boardView.filters.anyHunter") },
            ...props.members.map((m) => ({ value: m.userId, label: m.name })),
          ]}
          value={props.filters.hunterId || any}
          onChange={(hunterId) =>
            picked(hunterId) !== props.filters.hunterId && set({ hunterId: picked(hunterId) })
          }
        />
        <Select
          label={i18n.t("boardView.filters.source")}
          options={[
            { value: any, label: i18n.t("boardView.filters.anySource") },
            ...props.sources.map((source) => ({ value: source, label: source })),
          ]}
          value={props.filters.source || any}
          onChange={(source) => picked(source) !== props.filters.source && set({ source: picked(source) })}
        />
        <Select
          label={i18n.t("boardView.closed.label")}
          options={closedPeriods.map((period) => ({
            value: period,
            label: i18n.t(`boardView.closed.${period}`),
          }))}
          value={props.closed}
          onChange={(closed) => closed !== props.closed && props.onClosed(closed as ClosedPeriod)}
        />
        <FilterChecks filters={props.filters} onChange={set} />
        <Show when={active() > 0}>
          <Button variant="ghost" size="sm" onClick={() => props.onChange(noBoardFilters)}>
            {i18n.t("boardView.filters.reset")}
          </Button>
        </Show>
      </fieldset>
    </>
  );
}
