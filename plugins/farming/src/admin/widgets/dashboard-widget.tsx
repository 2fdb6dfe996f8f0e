import { Card, I18nProvider, loaded, ReadingsList } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, type JSX, Show } from "solid-js";
import { useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { useCan } from "../shared/permissions.ts";

/**
 * The `dashboard` widget: farming's vital signs as the four-legs monitor reads them — clients
 * contacted within cadence, overdue, late to buy, revenue at risk, net revenue retention — each
 * with its target and status.
 */
export default function FarmingHealthWidget(): JSX.Element {
  const core = useCoreApi();
  const can = useCan();
  const [monitor] = createResource(() => core.monitor.get.query());
  const readings = () => loaded(monitor)?.legs.find((leg) => leg.function === "farming")?.readings ?? [];
  return (
    <I18nProvider i18n={i18n}>
      <Card
        title={i18n.t("dashboard.title")}
        actions={
          <Show when={can("statsRead")}>
            <A href="/farming/stats">{i18n.t("dashboard.more")}</A>
          </Show>
        }
      >
        <ReadingsList readings={readings()} />
      </Card>
    </I18nProvider>
  );
}
