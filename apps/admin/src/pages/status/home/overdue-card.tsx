import { Badge } from "@quartet/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { HomeCard } from "./home-card.tsx";
import type { HomeQuery } from "./use-home.ts";

/** Today's overdue work: how many tasks per person (the longest overdue first) and the oldest items, each linking to its client. */
export function OverdueCard(props: { query: HomeQuery }): JSX.Element {
  const i18n = useT();
  const when = (at: number) => i18n.formatDate(at, { dateStyle: "medium" });
  return (
    <HomeCard
      query={props.query}
      title={i18n.t("home.overdue.title")}
      description={i18n.t("home.overdue.description")}
      class="home-overdue"
      actions={
        <Show when={props.query.data?.overdue.total}>
          {(total) => <Badge tone="warning">{i18n.t("home.overdue.total", { count: total() })}</Badge>}
        </Show>
      }
    >
      {(data) => (
        <Show when={data.overdue.total > 0} fallback={<p class="q-muted">{i18n.t("home.overdue.none")}</p>}>
          <div class="home-overdue__body">
            <section>
              <h3 class="home-overdue__heading">{i18n.t("home.overdue.byPerson")}</h3>
              <ul class="home-overdue__people">
                <For each={data.overdue.people}>
                  {(p) => (
                    <li>
                      <span class="home-person">{p.name ?? i18n.t("home.overdue.formerMember")}</span>
                      <span class="home-overdue__count">{i18n.formatNumber(p.count)}</span>
                    </li>
                  )}
                </For>
              </ul>
            </section>
            <section>
              <h3 class="home-overdue__heading">{i18n.t("home.overdue.oldestFirst")}</h3>
              <ul class="home-overdue__items">
                <For each={data.overdue.items}>
                  {(task) => (
                    <li>
                      <Show
                        when={task.clientId}
                        fallback={<span class="home-overdue__title">{task.title}</span>}
                      >
                        {(clientId) => (
                          <A class="home-overdue__title" href={`/clients/${clientId()}`}>
                            {task.title}
                          </A>
                        )}
                      </Show>
                      <span class="home-overdue__meta">
                        {task.clientName ?? i18n.t("home.overdue.noClient")} ·{" "}
                        {task.assigneeName ?? i18n.t("home.overdue.formerMember")} ·{" "}
                        {i18n.t("home.overdue.due", { date: when(task.dueAt) })}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </div>
        </Show>
      )}
    </HomeCard>
  );
}
