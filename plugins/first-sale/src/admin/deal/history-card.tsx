import { Card } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import type { DealPageData } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** Every stage the deal entered, when, by whom, and how long it stayed there. */
export function HistoryCard(props: { data: DealPageData; memberName: (id: string) => string }): JSX.Element {
  const stageName = (id: string | null) => props.data.pipeline.stages.find((s) => s.id === id)?.name ?? "—";
  const entries = () => [...props.data.history].reverse();
  const stayed = (index: number) => {
    const all = props.data.history;
    const entry = all[index];
    const next = all[index + 1];
    return entry && next ? next.at - entry.at : null;
  };
  return (
    <Card title={i18n.t("history.title")}>
      <ol class="fs-list" reversed>
        <For each={entries()}>
          {(entry, i) => {
            const index = () => props.data.history.length - 1 - i();
            return (
              <li>
                <div>
                  {entry.fromStageId
                    ? i18n.t("history.moved", {
                        from: stageName(entry.fromStageId),
                        to: stageName(entry.toStageId),
                      })
                    : i18n.t("history.created", { to: stageName(entry.toStageId) })}
                </div>
                <div class="fs-muted">
                  {i18n.formatDateTime(entry.at)} · {props.memberName(entry.by) || i18n.t("history.system")}
                  <Show when={stayed(index())}>
                    {(ms) => (
                      <> · {i18n.t("history.stayed", { days: Math.round((ms() / 86_400_000) * 10) / 10 })}</>
                    )}
                  </Show>
                </div>
              </li>
            );
          }}
        </For>
      </ol>
    </Card>
  );
}
