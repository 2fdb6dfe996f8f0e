import { FormDialog, Select, Spinner, showToast, TextField } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, For, type JSX, on, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg, orgKey } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import type { TargetMetric } from "./home-types.ts";
import { monthName } from "./month-name.ts";
import { targetsOf, targetText } from "./plan-draft.ts";

/** This month and the next two, as `YYYY-MM`: the months a plan is set for. */
function monthsFrom(current: string): string[] {
  const [y, m] = current.split("-").map(Number) as [number, number];
  return [0, 1, 2].map((n) => {
    const at = new Date(Date.UTC(y, m - 1 + n, 1));
    return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

/**
 * «План на месяц»: a row per function metric of the enabled plugins — money in roubles, counts as
 * whole numbers — for this month or one of the next two; each value is checked before sending, and
 * a message names the metric at fault. Saving invalidates the home page.
 */
export function PlanDialog(props: { open: boolean; onOpenChange: (open: boolean) => void }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queries = useQueryClient();
  const [month, setMonth] = createSignal<string | undefined>(undefined);
  const [texts, setTexts] = createSignal<string[]>([]);
  const targets = useQuery(() => ({
    queryKey: orgKey(org.id(), "home", "targets", month() ?? "current"),
    queryFn: () => trpc.core.home.targets.query(month() ? { month: month() } : undefined),
    enabled: props.open,
  }));
  const metrics = (): readonly TargetMetric[] => targets.data?.metrics ?? [];
  const form = useServerForm(() => ["month", ...metrics().map((_, i) => `targets.${i}.value`)]);
  const fill = () => setTexts(metrics().map(targetText));
  const label = (m: TargetMetric) =>
    i18n.t(m.unit === "money" ? "home.planForm.money" : "home.planForm.count", {
      metric: i18n.localized(m.label),
    });
  const name = (i: number) => {
    const m = metrics()[i];
    return m ? i18n.localized(m.label) : "";
  };
  const save = async () => {
    const data = targets.data;
    if (!data) return;
    const draft = targetsOf(metrics(), texts(), {
      badMoney: (i) => i18n.t("home.planForm.badMoney", { metric: name(i) }),
      badCount: (i) => i18n.t("home.planForm.badCount", { metric: name(i) }),
      negative: (i) => i18n.t("home.planForm.negative", { metric: name(i) }),
    });
    if (!draft.ok) return form.show(draft.errors);
    if (draft.targets.length === 0) return props.onOpenChange(false);
    const result = await form.run(() =>
      trpc.core.home.setTargets.mutate({ month: data.month, targets: draft.targets }),
    );
    if (!result.ok) return;
    await invalidateOrg(queries, org.id(), "home");
    showToast({ title: i18n.t("home.planForm.saved"), tone: "success" });
    props.onOpenChange(false);
  };
  createEffect(
    on(
      () => targets.data,
      (data) => data && fill(),
    ),
  );
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={i18n.t("home.planForm.title")}
      description={i18n.t("home.planForm.description")}
      submitLabel={i18n.t("home.planForm.save")}
      busy={form.busy()}
      error={form.formError()}
      onOpen={() => {
        setMonth(undefined);
        fill();
        form.show({});
      }}
      onSubmit={save}
    >
      <Show
        when={targets.data}
        fallback={
          <div class="home-card__loading" role="status" aria-label={i18n.t("home.planForm.loading")}>
            <Spinner />
          </div>
        }
      >
        {(data) => (
          <div class="q-stack plan-form">
            <Select
              label={i18n.t("home.planForm.month")}
              options={monthsFrom(data().currentMonth).map((m) => ({ value: m, label: monthName(i18n, m) }))}
              value={data().month}
              onChange={(m) => {
                form.show({});
                setMonth(m);
              }}
              error={form.fieldErrors().month}
            />
            <Show
              when={metrics().length > 0}
              fallback={<p class="q-muted">{i18n.t("home.planForm.nothing")}</p>}
            >
              <For each={metrics()}>
                {(metric, i) => (
                  <TextField
                    label={`${i18n.t(`functions.${metric.function}`)} · ${label(metric)}`}
                    name={`${metric.function}.${metric.key}`}
                    value={texts()[i()] ?? ""}
                    onChange={(value) => {
                      setTexts(texts().map((t, j) => (j === i() ? value : t)));
                      form.clear(`targets.${i()}.value`);
                    }}
                    inputMode={metric.unit === "money" ? "decimal" : "numeric"}
                    description={
                      metric.setIn && metric.setIn !== data().month && metric.value
                        ? i18n.t("home.planForm.setIn", { month: monthName(i18n, metric.setIn) })
                        : undefined
                    }
                    error={form.fieldErrors()[`targets.${i()}.value`]}
                  />
                )}
              </For>
            </Show>
          </div>
        )}
      </Show>
    </FormDialog>
  );
}
