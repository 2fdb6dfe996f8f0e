import { Badge, Button, EmptyState, ProgressBar, Table } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import type { ProspectingOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { progressOf, type StateCounts } from "./campaign-draft.ts";

type Campaign = ProspectingOutputs["campaigns"]["list"][number];

/** Campaigns with their list, script version, status and progress; pause and resume in place. */
export function CampaignsTable(props: {
  campaigns: Campaign[];
  lists: { id: string; name: string; states: StateCounts }[];
  scripts: { id: string; name: string; latestVersion: number }[];
  onToggle: (campaign: Campaign) => void;
  onUpgrade: (campaign: Campaign, version: number) => void;
}): JSX.Element {
  const listOf = (c: Campaign) => props.lists.find((l) => l.id === c.listId);
  return (
    <Table
      caption={i18n.t("calling.campaigns")}
      rows={props.campaigns}
      rowKey={(c) => c.id}
      empty={<EmptyState title={i18n.t("calling.noCampaigns")} />}
      columns={[
        { id: "name", header: i18n.t("calling.name"), cell: (c) => <strong>{c.name}</strong> },
        { id: "list", header: i18n.t("calling.list"), cell: (c) => listOf(c)?.name ?? "—" },
        {
          id: "script",
          header: i18n.t("calling.script"),
          cell: (c) => {
            const script = props.scripts.find((s) => s.id === c.scriptId);
            return (
              <span class="pr-contact">
                <span>
                  {script?.name ?? "—"}{" "}
                  <span class="q-muted">{i18n.t("calling.version", { version: c.scriptVersion })}</span>
                </span>
                <Show when={script && script.latestVersion > c.scriptVersion && script}>
                  {(newer) => (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => props.onUpgrade(c, newer().latestVersion)}
                    >
                      {i18n.t("calling.useVersion", { version: newer().latestVersion })}
                    </Button>
                  )}
                </Show>
              </span>
            );
          },
        },
        {
          id: "progress",
          header: i18n.t("calling.progress"),
          width: "260px",
          cell: (c) => {
            const p = progressOf(listOf(c)?.states ?? {});
            return (
              <ProgressBar
                label={i18n.t("calling.progress")}
                value={p.done}
                max={Math.max(p.total, 1)}
                valueLabel={i18n.t("calling.progressValue", { done: p.done, total: p.total })}
              />
            );
          },
        },
        {
          id: "status",
          header: i18n.t("calling.status"),
          cell: (c) => (
            <span class="pr-actions">
              <Badge tone={c.status === "active" ? "success" : "warning"}>
                {i18n.t(c.status === "active" ? "calling.active" : "calling.paused")}
              </Badge>
              <Button size="sm" onClick={() => props.onToggle(c)}>
                {i18n.t(c.status === "active" ? "calling.pause" : "calling.resume")}
              </Button>
            </span>
          ),
        },
      ]}
    />
  );
}
