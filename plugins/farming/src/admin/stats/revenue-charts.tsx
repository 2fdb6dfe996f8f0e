import { Card, Chart } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { money, percent, shortMoney } from "../shared/words.ts";
import { monthLabels, quarterLabel } from "./period-labels.ts";
import type { Summary } from "./types.ts";

/** Net revenue retention quarter by quarter, and revenue by month from existing and new clients. */
export function RevenueCharts(props: { summary: Summary }): JSX.Element {
  const currency = () => props.summary.currency;
  return (
    <>
      <Card>
        <Chart
          kind="bar"
          title={i18n.t("stats.nrrByQuarter")}
          description={i18n.t("stats.nrrByQuarterHint")}
          categoryLabel={i18n.t("stats.quarter")}
          categories={props.summary.nrrByQuarter.map((q) => quarterLabel(q.quarter))}
          series={[
            {
              label: i18n.t("stats.nrr"),
              values: props.summary.nrrByQuarter.map((q) => q.value),
              color: "--q-fn-farming",
            },
          ]}
          formatValue={(v) => percent(v)}
        />
      </Card>
      <Card>
        <Chart
          kind="bar"
          title={i18n.t("stats.revenueMix")}
          description={i18n.t("stats.revenueMixHint")}
          categoryLabel={i18n.t("stats.month")}
          categories={monthLabels(props.summary.existingVsNew.map((m) => m.month))}
          series={[
            {
              label: i18n.t("stats.existing"),
              values: props.summary.existingVsNew.map((m) => m.existingMinor),
              color: "--q-fn-farming",
            },
            {
              label: i18n.t("stats.new"),
              values: props.summary.existingVsNew.map((m) => m.newMinor),
              color: "--q-fn-first-sale",
            },
          ]}
          formatValue={(v) => money(v, currency())}
          formatAxis={(v) => shortMoney(v, currency())}
        />
      </Card>
    </>
  );
}
