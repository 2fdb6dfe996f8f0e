import { Button, Callout, IconArrowLeft, IconArrowRight } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { type OnboardingStore, stepOfField } from "./onboarding-store.ts";
import { runSetup } from "./setup.ts";

/** Back / Next / Create / Open: moves through the steps; creation errors go back to their step. */
export function OnboardingActions(props: { store: OnboardingStore }): JSX.Element {
  const i18n = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const store = () => props.store;
  const next = () => {
    if (!store().basics().name.trim()) {
      store().setErrors({ name: i18n.t("errors.fields.nameOrg") });
      return;
    }
    store().setStep(1);
  };
  const create = async () => {
    setBusy(true);
    store().setFormError(null);
    try {
      const input = {
        basics: { ...store().basics(), name: store().basics().name.trim() },
        stage: store().stage(),
      };
      const result = await runSetup(api, { ...input, functions: store().functions() });
      store().setResult(result);
      store().setStep(2);
      await queryClient.invalidateQueries({ queryKey: ["me"] });
    } catch (error) {
      const failure = failureOf(error);
      const fields = failure.fields;
      store().setErrors(fields);
      const first = Object.keys(fields)[0];
      if (first) store().setStep(stepOfField(first));
      else store().setFormError(failureText(i18n, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="onboarding__footer">
      <Show when={store().formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <div class="onboarding__actions">
        <Show when={store().step() === 1}>
          <Button
            variant="ghost"
            icon={<IconArrowLeft />}
            onClick={() => store().setStep(0)}
            disabled={busy()}
          >
            {i18n.t("common.back")}
          </Button>
        </Show>
        <div class="q-spacer" />
        <Switch>
          <Match when={store().step() === 0}>
            <Button variant="primary" iconEnd={<IconArrowRight />} onClick={next}>
              {i18n.t("common.next")}
            </Button>
          </Match>
          <Match when={store().step() === 1}>
            <Button variant="primary" loading={busy()} onClick={create}>
              {busy() ? i18n.t("onboarding.creating") : i18n.t("onboarding.create")}
            </Button>
          </Match>
          <Match when={store().step() === 2}>
            <Button
              variant="primary"
              iconEnd={<IconArrowRight />}
              onClick={() => navigate("/", { replace: true })}
            >
              {i18n.t("onboarding.people.finish")}
            </Button>
          </Match>
        </Switch>
      </div>
    </div>
  );
}
