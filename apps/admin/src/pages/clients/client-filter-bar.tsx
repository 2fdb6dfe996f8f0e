import { Button, Checkbox, Select, TextField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import {
  type ClientFilters,
  type ClientSort,
  clientStages,
  hasClientFilters,
  noClientFilters,
} from "./client-filters.ts";

/** The value of "any" in a select (Kobalte needs a non-empty key). */
const any = "*";

/** The client list's search box, filters and sort. */
export function ClientFilterBar(props: {
  filters: ClientFilters;
  onChange: (filters: ClientFilters) => void;
  canFilterMine: boolean;
}): JSX.Element {
  const i18n = useT();
  const set = (patch: Partial<ClientFilters>) => props.onChange({ ...props.filters, ...patch });
  const stages = () => [
    { value: any, label: i18n.t("clients.anyStage") },
    ...clientStages.map((stage) => ({ value: stage, label: i18n.t(`clientStage.${stage}`) })),
  ];
  const sorts = () => [
    { value: "updatedAt", label: i18n.t("clients.sortUpdated") },
    { value: "createdAt", label: i18n.t("clients.sortCreated") },
    { value: "name", label: i18n.t("clients.sortName") },
  ];
  return (
    <fieldset class="client-filters">
      <legend class="q-visually-hidden">{i18n.t("clients.filters")}</legend>
      <TextField
        class="client-filters__search"
        type="search"
        label={i18n.t("clients.search")}
        placeholder={i18n.t("clients.searchPlaceholder")}
        value={props.filters.search}
        onChange={(search) => set({ search })}
      />
      <Select
        label={i18n.t("clients.stage")}
        options={stages()}
        value={props.filters.stage || any}
        onChange={(stage) => set({ stage: stage === any ? "" : (stage as ClientFilters["stage"]) })}
      />
      <TextField
        label={i18n.t("clients.region")}
        value={props.filters.region}
        onChange={(region) => set({ region })}
      />
      <TextField
        label={i18n.t("clients.industry")}
        value={props.filters.industry}
        onChange={(industry) => set({ industry })}
      />
      <TextField label={i18n.t("clients.tag")} value={props.filters.tag} onChange={(tag) => set({ tag })} />
      <Select
        label={i18n.t("clients.sort")}
        options={sorts()}
        value={props.filters.sort}
        onChange={(sort) => set({ sort: sort as ClientSort })}
      />
      <div class="client-filters__end">
        <Show when={props.canFilterMine}>
          <Checkbox
            label={i18n.t("clients.mine")}
            checked={props.filters.mine}
            onChange={(mine) => set({ mine })}
          />
        </Show>
        <Show when={hasClientFilters(props.filters)}>
          <Button
            variant="ghost"
            onClick={() => props.onChange({ ...noClientFilters, sort: props.filters.sort })}
          >
            {i18n.t("common.reset")}
          </Button>
        </Show>
      </div>
    </fieldset>
  );
}
