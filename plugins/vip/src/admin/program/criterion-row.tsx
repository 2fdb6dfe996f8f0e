import { Select } from "@quartet/ui";
import { type JSX, Match, Switch } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { MoneyField, NumberField } from "./number-field.tsx";
import { type DraftCriterion, newCriterion, offeredKinds } from "./program-draft.ts";
import { RemoveButton } from "./remove-button.tsx";

/** What a criterion row needs: the criterion, how to change it, and its errors by field. */
type Props = {
  criterion: DraftCriterion;
  currencySign: string;
  error: (field: string) => string | undefined;
  /** Sets one number of the criterion (kept in place, so the field keeps its focus). */
  onField: (field: string, value: number) => void;
  /** Replaces the criterion by a fresh one of another kind. */
  onKind: (next: DraftCriterion) => void;
  onRemove?: (() => void) | undefined;
};

/** One criterion of a tier: its kind and the numbers that kind takes, amounts in roubles. */
export function CriterionRow(props: Props): JSX.Element {
  const c = () => props.criterion;
  const patch = (fields: Record<string, number>) => {
    for (const [field, value] of Object.entries(fields)) props.onField(field, value);
  };
  const kindOptions = () =>
    [...offeredKinds, ...(c().kind === "categories" ? (["categories"] as const) : [])].map((kind) => ({
      value: kind,
      label: i18n.t(`program.kinds.${kind}`),
    }));
  const months = (value: number) => (
    <NumberField
      label={i18n.t("program.windowMonths")}
      value={value}
      error={props.error("windowMonths")}
      onChange={(v) => patch({ windowMonths: v })}
    />
  );
  return (
    <li class="vip-criterion" data-kind={c().kind}>
      <div class="vip-fields">
        <Select
          label={i18n.t("program.criterion")}
          options={kindOptions()}
          value={c().kind}
          onChange={(kind) => props.onKind(newCriterion(kind as (typeof offeredKinds)[number]))}
        />
        <Switch>
          <Match
            when={c().kind === "revenue" || c().kind === "average-order" || c().kind === "largest-order"}
          >
            <MoneyField
              label={i18n.t("program.minAmount", { sign: props.currencySign })}
              valueMinor={(c() as { minMinor: number }).minMinor}
              error={props.error("minMinor")}
              onChange={(v) => patch({ minMinor: v })}
            />
            {months((c() as { windowMonths: number }).windowMonths)}
          </Match>
          <Match when={c().kind === "tenure" && (c() as Extract<DraftCriterion, { kind: "tenure" }>)}>
            {(t) => (
              <>
                <NumberField
                  label={i18n.t("program.minMonths")}
                  value={t().minMonths}
                  error={props.error("minMonths")}
                  onChange={(v) => patch({ minMonths: v })}
                />
                <NumberField
                  label={i18n.t("program.quarters")}
                  value={t().quartersWithRevenue}
                  error={props.error("quartersWithRevenue")}
                  onChange={(v) => patch({ quartersWithRevenue: v })}
                />
              </>
            )}
          </Match>
          <Match
            when={
              c().kind === "payment-discipline" &&
              (c() as Extract<DraftCriterion, { kind: "payment-discipline" }>)
            }
          >
            {(p) => (
              <>
                <NumberField
                  label={i18n.t("program.maxOverdue")}
                  value={p().maxOverdueOrders}
                  error={props.error("maxOverdueOrders")}
                  onChange={(v) => patch({ maxOverdueOrders: v })}
                />
                {months(p().windowMonths)}
              </>
            )}
          </Match>
          <Match when={c().kind === "categories" && (c() as Extract<DraftCriterion, { kind: "categories" }>)}>
            {(k) => (
              <p class="vip-hint">{i18n.t("program.categoriesKept", { count: k().categoryIds.length })}</p>
            )}
          </Match>
          <Match when={c().kind === "manual"}>
            <p class="vip-hint">{i18n.t("program.manualHint")}</p>
          </Match>
        </Switch>
      </div>
      <div class="vip-criterion__remove">
        <RemoveButton disabled={!props.onRemove} onClick={() => props.onRemove?.()} />
      </div>
    </li>
  );
}
