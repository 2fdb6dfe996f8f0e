import { Card } from "@quartet/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { flowAnchor } from "./leg-links.ts";
import type { FlowItemData, MonitorData } from "./monitor-types.ts";

/** How many clients each list shows before «and N more». */
const shown = 8;

type ListKey = keyof MonitorData["flow"];

const lists: readonly ListKey[] = ["leadsNotTaken", "waitingForFarmer", "rejected30d", "awaiting"];

function FlowList(props: { title: string; items: readonly FlowItemData[] }): JSX.Element {
  const i18n = useT();
  const rest = () => props.items.length - shown;
  return (
    <section class="monitor-flow__list">
      <h3 class="monitor-flow__title">
        {props.title}
        <span class="monitor-flow__count">{i18n.formatNumber(props.items.length)}</span>
      </h3>
      <Show when={props.items.length > 0} fallback={<p class="q-muted">{i18n.t("monitor.flow.none")}</p>}>
        <ul>
          <For each={props.items.slice(0, shown)}>
            {(item) => (
              <li>
                <A href={`/clients/${item.clientId}`}>{item.clientName}</A>
                <span class="monitor-flow__meta">
                  {item.reason
                    ? i18n.t("monitor.flow.rejected", { reason: item.reason })
                    : i18n.t("monitor.flow.since", {
                        date: i18n.formatDate(item.requestedAt, { dateStyle: "medium" }),
                      })}
                </span>
              </li>
            )}
          </For>
        </ul>
        <Show when={rest() > 0}>
          <p class="q-muted">{i18n.t("monitor.flow.more", { count: rest() })}</p>
        </Show>
      </Show>
    </section>
  );
}

/** The clients stuck between legs, the same lists the verdict's numbers are counted from. */
export function FlowCard(props: { flow: MonitorData["flow"] }): JSX.Element {
  const i18n = useT();
  return (
    <div id={flowAnchor} class="monitor-flow-anchor">
      <Card title={i18n.t("monitor.flow.title")} description={i18n.t("monitor.flow.description")}>
        <div class="monitor-flow">
          <For each={lists}>
            {(key) => <FlowList title={i18n.t(`monitor.flow.${key}`)} items={props.flow[key]} />}
          </For>
        </div>
      </Card>
    </div>
  );
}
