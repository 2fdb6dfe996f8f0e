import { Card, IconCompass } from "@quartet/ui";
import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";

/** A small card that leads to the department self-diagnostic (`/diagnostic`). */
export function DiagnosticCard(): JSX.Element {
  const i18n = useT();
  return (
    <Card class="home-diagnostic">
      <div class="home-diagnostic__body">
        <IconCompass size={22} />
        <div class="q-stack q-gap-1">
          <h2 class="home-diagnostic__title">{i18n.t("home.diagnostic.title")}</h2>
          <p class="q-muted">{i18n.t("home.diagnostic.text")}</p>
        </div>
        <A class="q-button" data-variant="secondary" data-size="sm" href="/diagnostic">
          {i18n.t("home.diagnostic.open")}
        </A>
      </div>
    </Card>
  );
}
