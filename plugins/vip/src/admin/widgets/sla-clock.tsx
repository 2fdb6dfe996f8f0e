import { For, type JSX, Show } from "solid-js";
import type { ClientCard } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { dateTime, duration } from "../shared/words.ts";

type Request = ClientCard["sla"]["requests"][number];

/** The reply clock of the client's requests still waiting: time left, or how late it is. */
export function SlaClock(props: { requests: readonly Request[] }): JSX.Element {
  const waiting = () => props.requests.filter((r) => r.respondedAt === null);
  return (
    <section class="vip-section" data-part="sla">
      <h3>{i18n.t("client.requests")}</h3>
      <Show when={waiting().length > 0} fallback={<p class="vip-hint">{i18n.t("client.noRequests")}</p>}>
        <ul class="vip-plain-list">
          <For each={waiting()}>
            {(request) => (
              <li class="vip-row-between" data-state={request.state}>
                <span>
                  {i18n.t(`client.sources.${request.source}`, { date: dateTime(request.startedAt) })}
                </span>
                <span class={request.breached ? "vip-bad" : "vip-warn"}>
                  {request.breached
                    ? i18n.t("client.overdue", { time: duration(request.overdueMinutes) })
                    : i18n.t("client.left", { time: duration(request.remainingMinutes) })}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
