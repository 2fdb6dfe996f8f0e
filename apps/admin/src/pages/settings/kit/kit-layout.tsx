import {
  Avatar,
  Badge,
  Callout,
  Card,
  Chart,
  EmptyState,
  IconPackage,
  PageHeader,
  ProgressBar,
  ReadingsList,
  Spinner,
  StatTile,
  StatusPill,
  Stepper,
  Tabs,
  ViewLinks,
} from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { Specimen } from "./specimen.tsx";

/** Four months' short names in the viewer's language, for the chart's sample. */
function months(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  return [0, 1, 2, 3].map((month) => format.format(Date.UTC(2026, month, 15)));
}

/** The kit's layout components, each with a sample. */
export function KitLayout(): JSX.Element {
  const i18n = useT();
  const d = (key: Parameters<typeof i18n.t>[0]) => i18n.t(key);
  const [tab, setTab] = createSignal("one");
  return (
    <Card title={d("kit.sections.layout")}>
      <div class="kit-grid">
        <Specimen name="PageHeader">
          <PageHeader title={d("kit.demo.pageTitle")} subtitle={d("kit.demo.pageSubtitle")} />
        </Specimen>
        <Specimen name="Card">
          <Card title={d("kit.demo.cardTitle")}>
            <p>{d("kit.demo.cardText")}</p>
          </Card>
        </Specimen>
        <Specimen name="Tabs">
          <Tabs
            label={d("kit.demo.pageTitle")}
            value={tab()}
            onChange={setTab}
            items={[
              { value: "one", label: d("kit.demo.tabOne"), content: () => <p>{d("kit.demo.tabOneText")}</p> },
              { value: "two", label: d("kit.demo.tabTwo"), content: () => <p>{d("kit.demo.tabTwoText")}</p> },
            ]}
          />
        </Specimen>
        <Specimen name="ViewLinks">
          <ViewLinks
            label={d("kit.demo.pageTitle")}
            current="/settings/developer/components"
            links={[
              { href: "/settings/developer/components", label: d("kit.demo.viewOne") },
              { href: "/settings/developer/components#list", label: d("kit.demo.viewTwo") },
            ]}
          />
        </Specimen>
        <Specimen name="StatTile">
          <StatTile
            label={d("kit.demo.statLabel")}
            value="1 080 000 ₽"
            hint={d("kit.demo.statHint")}
            status={{ status: "ok", text: d("kit.demo.onTrack") }}
          />
        </Specimen>
        <Specimen name="ReadingsList">
          <ReadingsList
            readings={[
              {
                key: "sla",
                label: { en: "Reply within the SLA", ru: "Ответ в срок" },
                value: 92,
                target: 95,
                unit: "percent",
                judged: "warn",
              },
              {
                key: "reviews",
                label: { en: "Reviews overdue", ru: "Просроченные обзоры" },
                value: 0,
                target: 0,
                unit: "count",
                judged: "ok",
              },
            ]}
          />
        </Specimen>
        <Specimen name="Chart">
          <Chart
            kind="bar"
            title={d("kit.demo.chartTitle")}
            categoryLabel={d("kit.demo.month")}
            categories={months(i18n.locale())}
            series={[
              { label: d("kit.demo.revenue"), values: [820, 940, 1010, 1080] },
              { label: d("kit.demo.plan"), values: [900, 950, 1000, 1200] },
            ]}
            formatValue={(value) => `${value} 000 ₽`}
            height={180}
          />
        </Specimen>
        <Specimen name="Callout">
          <Callout tone="warning" title={d("kit.demo.calloutTitle")}>
            {d("kit.demo.calloutText")}
          </Callout>
        </Specimen>
        <Specimen name="EmptyState">
          <EmptyState
            icon={<IconPackage size={24} />}
            title={d("kit.demo.emptyTitle")}
            description={d("kit.demo.emptyText")}
            titleAs="p"
          />
        </Specimen>
        <Specimen name="Stepper">
          <Stepper
            label={d("kit.demo.progress")}
            current={1}
            steps={[
              d("kit.demo.steps.file"),
              d("kit.demo.steps.columns"),
              d("kit.demo.steps.check"),
              d("kit.demo.steps.run"),
            ]}
          />
        </Specimen>
        <Specimen name="ProgressBar">
          <ProgressBar label={d("kit.demo.progress")} value={640} max={1000} valueLabel="640 / 1000" />
        </Specimen>
        <Specimen name="Spinner">
          <Spinner />
        </Specimen>
        <Specimen name="Badge">
          <div class="kit-row">
            <Badge tone="vip">{d("kit.demo.vip")}</Badge>
            <Badge tone="farming">{d("kit.demo.farming")}</Badge>
          </div>
        </Specimen>
        <Specimen name="StatusPill">
          <div class="kit-row">
            <StatusPill status="ok">{d("kit.demo.ok")}</StatusPill>
            <StatusPill status="warning">{d("kit.demo.warning")}</StatusPill>
            <StatusPill status="error">{d("kit.demo.error")}</StatusPill>
          </div>
        </Specimen>
        <Specimen name="Avatar">
          <div class="kit-row">
            <Avatar name={d("kit.demo.person")} />
            <span>{d("kit.demo.person")}</span>
          </div>
        </Specimen>
      </div>
    </Card>
  );
}
