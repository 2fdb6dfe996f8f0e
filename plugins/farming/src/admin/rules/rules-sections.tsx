import { Card } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { RuleField } from "./rule-field.tsx";
import type { ScalarPath } from "./rules-fields.ts";
import type { RulesForm } from "./rules-form.ts";

type Field = { path: ScalarPath; label: string; hint?: string; heading?: string };
type Section = { key: string; fields: readonly Field[] };

const weights = ["recency", "frequency", "trend", "contact", "issues"] as const;

/** The sections of single numbers, in the order a head of sales reads them. */
const sections: readonly Section[] = [
  {
    key: "purchase",
    fields: [
      {
        path: "purchase.tolerancePercent",
        label: "rules.purchase.tolerancePercent",
        hint: "rules.purchase.tolerancePercentHint",
      },
      { path: "purchase.minLateDays", label: "rules.purchase.minLateDays" },
      { path: "purchase.minOrders", label: "rules.purchase.minOrders" },
    ],
  },
  {
    key: "classes",
    fields: [
      { path: "classes.aShare", label: "rules.classes.aShare" },
      { path: "classes.bShare", label: "rules.classes.bShare" },
      { path: "classes.xMaxVariation", label: "rules.classes.xMaxVariation" },
      { path: "classes.yMaxVariation", label: "rules.classes.yMaxVariation" },
    ],
  },
  {
    key: "ladder",
    fields: [
      { path: "ladder.complexMinCategories", label: "rules.ladder.complexMinCategories" },
      {
        path: "ladder.complexMinOrderMinor",
        label: "rules.ladder.complexMinOrder",
        hint: "rules.ladder.zeroHint",
      },
      {
        path: "ladder.projectMinOrderMinor",
        label: "rules.ladder.projectMinOrder",
        hint: "rules.ladder.zeroHint",
      },
    ],
  },
  {
    key: "health",
    fields: [
      ...weights.map((w, i) => ({
        path: `health.weights.${w}` as const,
        label: `rules.health.weights.${w}`,
        ...(i === 0 ? { heading: "rules.health.weightsHeading" } : {}),
      })),
      {
        path: "health.atRiskBelow",
        label: "rules.health.atRiskBelow",
        heading: "rules.health.thresholdsHeading",
      },
      { path: "health.watchBelow", label: "rules.health.watchBelow" },
    ],
  },
  {
    key: "whitespace",
    fields: [
      { path: "whitespace.windowMonths", label: "rules.whitespace.windowMonths" },
      { path: "whitespace.minSupport", label: "rules.whitespace.minSupport" },
      { path: "whitespace.minConfidence", label: "rules.whitespace.minConfidence" },
      { path: "whitespace.maxOffers", label: "rules.whitespace.maxOffers" },
    ],
  },
  {
    key: "targets",
    fields: [
      { path: "targets.contactedWithinCadence", label: "rules.targets.contactedWithinCadence" },
      { path: "targets.overdueShare", label: "rules.targets.overdueShare" },
      { path: "targets.lateShare", label: "rules.targets.lateShare" },
      { path: "targets.atRiskRevenueShare", label: "rules.targets.atRiskRevenueShare" },
      { path: "targets.netRevenueRetention", label: "rules.targets.netRevenueRetention" },
    ],
  },
];

/** One card per group of single numbers: next purchase, classes, ladder, health, offers, targets. */
export function RulesSections(props: { form: RulesForm; currency: string; readOnly: boolean }): JSX.Element {
  const say = (key: string) => i18n.tDynamic(key, { currency: props.currency });
  return (
    <For each={sections}>
      {(section) => (
        <Card title={say(`rules.${section.key}.title`)} description={say(`rules.${section.key}.description`)}>
          <div class="fm-fields">
            <For each={section.fields}>
              {(field) => (
                <>
                  <Show when={field.heading}>
                    {(heading) => <h3 class="fm-fields__heading">{say(heading())}</h3>}
                  </Show>
                  <RuleField
                    form={props.form}
                    path={field.path}
                    label={say(field.label)}
                    hint={field.hint && say(field.hint)}
                    readOnly={props.readOnly}
                  />
                </>
              )}
            </For>
          </div>
        </Card>
      )}
    </For>
  );
}
