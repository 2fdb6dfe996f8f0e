import { PageHeader } from "@quartet/ui";
import type { JSX } from "solid-js";
import { RequirePermission } from "../../../guards/require-permission.tsx";
import { useT } from "../../../i18n/index.ts";
import { usePageTitle } from "../../../lib/page-title.ts";
import { KitDialogs } from "./kit-dialogs.tsx";
import { KitForms } from "./kit-forms.tsx";
import { KitLayout } from "./kit-layout.tsx";
import { KitTables } from "./kit-tables.tsx";
import "./kit.css";

/** Who sees the component kit: those who install and manage plugins (owners and administrators). */
export const kitPermission = "core.plugins.manage";

/**
 * `/settings/developer/components`: every component of `@quartet/ui` that plugin screens are built
 * from — layout, tables, forms, dialogs — by its import name, with what it is for (ru/en) and a
 * live sample. For plugin developers; shown to those who manage plugins.
 */
export default function KitPage(): JSX.Element {
  const i18n = useT();
  usePageTitle(() => i18n.t("kit.title"));
  return (
    <RequirePermission permission={kitPermission}>
      <div class="q-container kit-page">
        <PageHeader title={i18n.t("kit.title")} subtitle={i18n.t("kit.subtitle")} />
        <div class="q-stack q-gap-6">
          <KitLayout />
          <KitTables />
          <KitForms />
          <KitDialogs />
        </div>
      </div>
    </RequirePermission>
  );
}
