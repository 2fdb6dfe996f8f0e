import { Badge, EmptyState, Table } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import type { ProspectingOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";

type CallList = ProspectingOutputs["lists"]["list"][number];
const states = ["queued", "claimed", "callback", "done", "dnc"] as const;

/** Call lists with how many records stand in each state. */
export function ListsTable(props: { lists: CallList[] }): JSX.Element {
  return (
    <Table
      caption={i18n.t("calling.lists")}
      rows={props.lists}
      rowKey={(l) => l.id}
      empty={<EmptyState title={i18n.t("calling.noLists")} />}
      columns={[
        { id: "name", header: i18n.t("calling.name"), cell: (l) => <strong>{l.name}</strong> },
        { id: "created", header: i18n.t("calling.createdAt"), cell: (l) => i18n.formatDateTime(l.createdAt) },
        {
          id: "records",
          header: i18n.t("calling.records"),
          cell: (l) => (
            <span class="pr-tags">
              <For each={states.filter((s) => (l.states[s] ?? 0) > 0)}>
                {(s) => (
                  <Badge>
                    {i18n.t(`calling.states.${s}`)}: {l.states[s]}
                  </Badge>
                )}
              </For>
            </span>
          ),
        },
      ]}
    />
  );
}
