import { Button, Callout, Card, currencySign, failureOf, I18nProvider, Loaded, showToast } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import type { FarmingRules } from "../../contracts/rules.ts";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { errorText } from "../shared/error-text.ts";
import { createOrgCurrency } from "../shared/org-currency.ts";
import { PageHead } from "../shared/page-head.tsx";
import { useCan } from "../shared/permissions.ts";
import { CadenceEditor } from "./cadence-editor.tsx";
import { rulesOf, serverFieldErrors } from "./rules-draft.ts";
import { unitOf } from "./rules-fields.ts";
import { createRulesForm } from "./rules-form.ts";
import { RulesSections } from "./rules-sections.tsx";
import { StagesEditor } from "./stages-editor.tsx";

const formId = "farming-rules";

/**
 * `/farming/rules`: the company's farming rules as a form — cadence rules, next purchase
 * tolerance, ABC/XYZ cut-offs, the maturity ladder, health weights and thresholds, offers, targets
 * and deal stages. Money is typed in roubles and shares in percent; a refusal shows at its field.
 */
export default function RulesPage(): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const [rules, { refetch }] = createResource(() => api.rules.get.query());
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <PageHead
          title={i18n.t("rules.title")}
          subtitle={i18n.t("rules.subtitle")}
          actions={
            <Show when={rules() && can("rulesManage")}>
              <Button type="submit" form={formId} variant="primary">
                {i18n.t("rules.save")}
              </Button>
            </Show>
          }
        />
        <Loaded resource={rules} onRetry={() => void refetch()}>
          {(loaded) => <RulesForm rules={loaded()} />}
        </Loaded>
      </div>
    </I18nProvider>
  );
}

function RulesForm(props: { rules: FarmingRules }): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const currency = createOrgCurrency();
  const sign = () => currencySign(i18n.locale(), currency());
  const form = createRulesForm(props.rules);
  const [busy, setBusy] = createSignal(false);
  const readOnly = () => !can("rulesManage");
  const hasErrors = () => Object.keys(form.errors()).length > 0;

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const { rules, errors } = rulesOf(form.draft);
    form.setErrors(errors);
    if (!rules) return;
    setBusy(true);
    try {
      form.reset(await api.rules.save.mutate(rules));
      showToast({ title: i18n.t("rules.saved"), tone: "success" });
    } catch (error) {
      const failure = failureOf(error);
      if (Object.keys(failure.fields).length) form.setErrors(serverFieldErrors(failure, unitOf));
      else showToast({ title: errorText(error), tone: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id={formId} class="q-stack q-gap-6" onSubmit={save} noValidate>
      <Show when={readOnly()}>
        <Callout tone="info">{i18n.t("rules.notAllowed")}</Callout>
      </Show>
      <Card title={i18n.t("rules.cadence.title")} description={i18n.t("rules.cadence.description")}>
        <CadenceEditor form={form} currency={sign()} readOnly={readOnly()} />
      </Card>
      <RulesSections form={form} currency={sign()} readOnly={readOnly()} />
      <Card title={i18n.t("rules.stages.title")} description={i18n.t("rules.stages.description")}>
        <StagesEditor form={form} readOnly={readOnly()} />
      </Card>
      <Show when={!readOnly()}>
        <div class="fm-save-bar">
          <Show when={hasErrors()}>
            <Callout tone="danger">{i18n.t("rules.fixErrors")}</Callout>
          </Show>
          <Button type="submit" variant="primary" loading={busy()}>
            {i18n.t("rules.save")}
          </Button>
        </div>
      </Show>
    </form>
  );
}
