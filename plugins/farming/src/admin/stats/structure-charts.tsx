import { Card, Chart } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import type { Summary } from "./types.ts";

const steps = ["single", "complex", "project"] as const;
const classSets = [
  { title: "ABC", key: "abc", classes: ["A", "B", "C"] },
  { title: "XYZ", key: "xyz", classes: ["X", "Y", "Z"] },
] as const;

/** How the clients stand: on the maturity ladder, and by ABC and XYZ class. */
export function StructureCharts(props: { summary: Summary }): JSX.Element {
  const count = (n: number) => i18n.formatNumber(n);
  const clients = (values: number[]) => [{ label: i18n.t("stats.count"), values, color: "--q-fn-farming" }];
  return (
    <>
      <Card>
        <Chart
          kind="bar"
          title={i18n.t("stats.ladder")}
          categoryLabel={i18n.t("stats.step")}
          categories={steps.map((s) => i18n.t(`stats.steps.${s}`))}
          series={clients(steps.map((s) => props.summary.ladder[s]))}
          formatValue={count}
          height={200}
        />
      </Card>
      <Card title={i18n.t("stats.classes")} description={i18n.t("stats.classesHint")}>
        <div class="fm-pair">
          <For each={classSets}>
            {(set) => {
              const counts = () => props.summary[set.key] as Record<string, number>;
              return (
                <Chart
                  kind="bar"
                  title={set.title}
                  categoryLabel={i18n.t("stats.class")}
                  categories={[...set.classes, i18n.t("stats.noClass")]}
                  series={clients([...set.classes.map((c) => counts()[c] ?? 0), counts().none ?? 0])}
                  formatValue={count}
                  height={160}
                />
              );
            }}
          </For>
        </div>
      </Card>
    </>
  );
}
