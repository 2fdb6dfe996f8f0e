import { Card, Stepper } from "@quartet/ui";
import { A } from "@solidjs/router";
import { type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useMe } from "../../lib/me.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { Logo } from "../../shell/logo.tsx";
import { UserMenu } from "../../shell/user-menu.tsx";
import { BasicsStep } from "./basics-step.tsx";
import { DemoChoice } from "./demo-choice.tsx";
import { OnboardingActions } from "./onboarding-actions.tsx";
import { createOnboardingStore } from "./onboarding-store.ts";
import { PeopleStep } from "./people-step.tsx";
import { StageStep } from "./stage-step.tsx";
import "./onboarding.css";

/**
 * `/onboarding`: a new organisation in three steps — company basics, how you sell today,
 * then functions and people once it is created. Reached with no organisation yet, or from
 * "create organisation".
 */
export default function OnboardingPage(): JSX.Element {
  const i18n = useT();
  const me = useMe();
  const store = createOnboardingStore(i18n.locale());
  const steps = () => [
    i18n.t("onboarding.steps.basics"),
    i18n.t("onboarding.steps.stage"),
    i18n.t("onboarding.steps.people"),
  ];
  const titles = () => [
    i18n.t("onboarding.basics.title"),
    i18n.t("onboarding.stage.title"),
    i18n.t("onboarding.people.title"),
  ];
  usePageTitle(() => i18n.t("onboarding.title"));
  return (
    <div class="onboarding">
      <header class="onboarding__top">
        <span class="onboarding__brand">
          <Logo />
          {i18n.t("app.name")}
        </span>
        <div class="q-spacer" />
        <Show when={(me.data?.organisations.length ?? 0) > 0 && !store.result()}>
          <A class="q-button" data-variant="ghost" data-size="sm" href="/">
            {i18n.t("common.cancel")}
          </A>
        </Show>
        <UserMenu />
      </header>
      <main id="main" class="onboarding__main">
        <div class="onboarding__intro">
          <h1>{i18n.t("onboarding.title")}</h1>
          <p class="q-muted">{i18n.t("onboarding.subtitle")}</p>
        </div>
        <Show when={store.step() === 0}>
          <DemoChoice />
        </Show>
        <Stepper steps={steps()} current={store.step()} label={i18n.t("onboarding.progress")} />
        <Card title={titles()[store.step()]} class="onboarding__card">
          <Switch>
            <Match when={store.step() === 0}>
              <BasicsStep store={store} />
            </Match>
            <Match when={store.step() === 1}>
              <StageStep store={store} />
            </Match>
            <Match when={store.result()}>{(result) => <PeopleStep result={result()} />}</Match>
          </Switch>
        </Card>
        <OnboardingActions store={store} />
      </main>
    </div>
  );
}
