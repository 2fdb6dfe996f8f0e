import { Card } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { historyText } from "./history-text.ts";
import type { DealPageData } from "./types.ts";

/** Every stage the deal entered, newest last, with who moved it and when. */
export function HistoryCard(props: { data: DealPageData }): JSX.Element {
  return (
    <Card title={i18n.t("deal.history.title")}>
      <ol class="fm-list fm-history">
        <For each={props.data.history}>
          {(step) => (
            <li>
              <span>{historyText(props.data.stages, step)}</span>
              <span class="fm-hint">
                {i18n.t("deal.history.by", {
                  name: step.actorName ?? i18n.t("deal.history.system"),
                  date: i18n.formatDateTime(step.at),
                })}
              </span>
            </li>
          )}
        </For>
      </ol>
    </Card>
  );
}
