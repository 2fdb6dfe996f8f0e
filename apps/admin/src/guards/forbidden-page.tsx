import { Card, EmptyState, IconAlert } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../i18n/index.ts";

/** The "not available" page: a core or plugin page opened by address without the right to see it. */
export function ForbiddenPage(): JSX.Element {
  const i18n = useT();
  return (
    <div class="q-container">
      <Card>
        <EmptyState
          icon={<IconAlert />}
          titleAs="h1"
          title={i18n.t("forbidden.title")}
          description={i18n.t("forbidden.description")}
        />
      </Card>
    </div>
  );
}
