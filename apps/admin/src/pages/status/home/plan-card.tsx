import { Button, IconEdit, ProgressBar, StatusPill } from "@quartet/ui";
import { createSignal, For, type JSX, lazy, Show, Suspense } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useAccess } from "../../../lib/me.ts";
import { HomeCard } from "./home-card.tsx";
import type { HomeData, PlanRowData } from "./home-types.ts";
import { monthName } from "./month-name.ts";
import type { HomeQuery } from "./use-home.ts";
import { wholeMoney } from "./whole-money.ts";

// Loaded when first opened: the home page's first load does without the dialog and its fields.
const PlanDialog = lazy(() => import("./plan-dialog.tsx").then((m) => ({ default: m.PlanDialog })));

const tones = { done: "ok", "on-pace": "ok", behind: "warning" } as const;

/** One metric: its function and name, done against plan, the share of plan as a bar, and how it stands. */
function PlanRow(props: { row: PlanRowData; currency: string; month: string }): JSX.Element {
  const i18n = useT();
  const value = (n: number) =>
    props.row.unit === "money" ? wholeMoney(i18n, n, props.currency) : i18n.formatNumber(n);
  const label = () => i18n.localized(props.row.label);
  return (
    <li
      class="home-plan__row"
      data-function={props.row.function}
      data-metric={props.row.metric}
      data-state={props.row.state}
    >
      <div class="home-plan__name">
        <span class="home-plan__function">{i18n.t(`functions.${props.row.function as "vip"}`)}</span>
        <span class="home-plan__label">{label()}</span>
        <Show
          when={props.row.targetMonth && props.row.targetMonth !== props.month && props.row.percent !== null}
        >
          <span class="home-plan__carried">
            {i18n.t("home.plan.carried", { month: monthName(i18n, props.row.targetMonth ?? "") })}
          </span>
        </Show>
      </div>
      <div class="home-plan__numbers">
        <span class="home-plan__actual">
          {props.row.actual === null ? i18n.t("home.plan.noData") : value(props.row.actual)}
        </span>
        <Show when={props.row.target !== null && props.row.target > 0}>
          <span class="home-plan__target">
            {" / "}
            {value(props.row.target ?? 0)}
          </span>
        </Show>
      </div>
      <div class="home-plan__progress">
        <Show
          when={props.row.percent !== null}
          fallback={
            <span class="home-plan__none">
              {props.row.actual === null ? i18n.t("home.plan.noData") : i18n.t("home.plan.noPlan")}
            </span>
          }
        >
          <ProgressBar
            label={label()}
            value={Math.min(props.row.percent ?? 0, 100)}
            valueLabel={i18n.t("home.plan.percent", { percent: i18n.formatNumber(props.row.percent ?? 0) })}
          />
          <Show when={props.row.state in tones}>
            <StatusPill status={tones[props.row.state as keyof typeof tones]}>
              {i18n.t(`home.plan.state.${props.row.state as keyof typeof tones}`)}
            </StatusPill>
          </Show>
        </Show>
      </div>
    </li>
  );
}

/**
 * The month's plan vs actual per function metric — «no plan set» in neutral grey where the head of
 * sales set none, never red — and, for those who may, the button that opens the plan form.
 */
export function PlanCard(props: { query: HomeQuery }): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const [open, setOpen] = createSignal(false);
  const title = (data?: HomeData) =>
    data ? i18n.t("home.plan.title", { month: monthName(i18n, data.plan.month) }) : i18n.t("home.plan.set");
  return (
    <>
      <HomeCard
        query={props.query}
        title={title(props.query.data)}
        description={i18n.t("home.plan.description")}
        class="home-plan"
        actions={
          <Show when={access.can("core.targets.manage")}>
            <Button variant="secondary" size="sm" icon={<IconEdit />} onClick={() => setOpen(true)}>
              {i18n.t("home.plan.set")}
            </Button>
          </Show>
        }
      >
        {(data) => (
          <Show
            when={data.plan.metrics.length > 0}
            fallback={<p class="q-muted">{i18n.t("home.plan.empty")}</p>}
          >
            <p class="q-muted home-plan__elapsed">
              {i18n.t("home.plan.elapsed", {
                percent: i18n.formatNumber(Math.round(data.plan.elapsed * 100)),
              })}
            </p>
            <ul class="home-plan__rows">
              <For each={data.plan.metrics}>
                {(row) => <PlanRow row={row} currency={data.plan.currency} month={data.plan.month} />}
              </For>
            </ul>
          </Show>
        )}
      </HomeCard>
      <Show when={open()}>
        <Suspense>
          <PlanDialog open onOpenChange={setOpen} />
        </Suspense>
      </Show>
    </>
  );
}
