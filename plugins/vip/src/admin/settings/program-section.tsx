import { I18nProvider, LoadFailed, loaded, Spinner } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, For, type JSX, Match, Show, Switch } from "solid-js";
import { useCoreApi, useVipApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { useCan } from "../shared/permissions.ts";
import { criterionLine } from "./criterion-line.ts";
import "./program-section.css";

/**
 * VIP's settings section (`settingsPage`), shown in VIP's settings on the functions page: the
 * program's tiers lowest first, each with its criteria in words and how they combine, the grace,
 * payment terms and review period, and a link to the program editor for those who may change it.
 */
export default function ProgramSection(): JSX.Element {
  const api = useVipApi();
  const core = useCoreApi();
  const can = useCan();
  const [program, { refetch }] = createResource(() => api.program.get.query());
  const [org] = createResource(() => core.org.get.query().catch(() => ({ defaultCurrency: "RUB" })));
  const currency = () => loaded(org)?.defaultCurrency ?? "RUB";
  return (
    <I18nProvider i18n={i18n}>
      <section class="vip-settings" aria-labelledby="vip-settings-title">
        <h3 id="vip-settings-title">{i18n.t("settings.title")}</h3>
        <p class="q-muted">{i18n.t("settings.hint")}</p>
        <Switch>
          <Match when={program.error}>
            <LoadFailed onRetry={() => void refetch()} />
          </Match>
          <Match when={loaded(program)}>
            {(p) => (
              <>
                <ol class="vip-settings__tiers">
                  <For each={p().tiers}>
                    {(tier) => (
                      <li class="vip-settings__tier">
                        <div class="vip-settings__tier-head">
                          <strong>{i18n.localized(tier.name)}</strong>
                          <span class="q-muted">{i18n.tDynamic(`settings.${tier.combine}`)}</span>
                        </div>
                        <ul>
                          <For each={tier.criteria}>{(c) => <li>{criterionLine(c, currency())}</li>}</For>
                        </ul>
                      </li>
                    )}
                  </For>
                </ol>
                <p class="q-muted">
                  {i18n.t("settings.terms", {
                    grace: p().graceDays,
                    terms: p().paymentTermsDays,
                    review: p().reviewPeriodMonths,
                  })}
                </p>
              </>
            )}
          </Match>
          <Match when={program.loading}>
            <Spinner label={i18n.t("settings.loading")} />
          </Match>
        </Switch>
        <Show when={can("programManage")}>
          <A href="/vip/program" class="q-button" data-variant="secondary">
            {i18n.t("settings.edit")}
          </A>
        </Show>
      </section>
    </I18nProvider>
  );
}
