import { Card, I18nProvider, loaded, ReadingsList } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, type JSX } from "solid-js";
import { useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import "../shared/vip.css";

/**
 * The `dashboard` widget: VIP's vital signs as the four-legs monitor reads them — replies in time,
 * VIP share of revenue, clients in grace, overdue reviews — each with its target and status.
 */
export default function VipHealthWidget(): JSX.Element {
  const core = useCoreApi();
  const [monitor] = createResource(() => core.monitor.get.query());
  const readings = () => loaded(monitor)?.legs.find((leg) => leg.function === "vip")?.readings ?? [];
  return (
    <I18nProvider i18n={i18n}>
      <Card title={i18n.t("dashboard.title")} actions={<A href="/vip/sla">{i18n.t("dashboard.more")}</A>}>
        <ReadingsList readings={readings()} />
      </Card>
    </I18nProvider>
  );
}
