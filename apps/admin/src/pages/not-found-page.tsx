import { Button, Card, EmptyState, IconCompass } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import type { JSX } from "solid-js";
import { useT } from "../i18n/index.ts";
import { usePageTitle } from "../lib/page-title.ts";

/** Any address the app does not know. */
export default function NotFoundPage(): JSX.Element {
  const i18n = useT();
  const navigate = useNavigate();
  usePageTitle(() => i18n.t("notFound.title"));
  return (
    <div class="q-container">
      <Card>
        <EmptyState
          icon={<IconCompass />}
          titleAs="h1"
          title={i18n.t("notFound.title")}
          description={i18n.t("notFound.description")}
          action={
            <Button variant="primary" onClick={() => navigate("/")}>
              {i18n.t("notFound.back")}
            </Button>
          }
        />
      </Card>
    </div>
  );
}
