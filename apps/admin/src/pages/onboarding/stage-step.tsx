import { Checkbox, RadioCards, salesFunctions } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { GrowthStage } from "../../lib/api-types.ts";
import type { OnboardingStore } from "./onboarding-store.ts";
import { useStageOptions } from "./stage-options.tsx";

const isStage = (value: string): value is GrowthStage =>
  ["solo", "specialists", "departments"].includes(value);

/** Step 2: the growth stage, and which of the four functions the company works on now. */
export function StageStep(props: { store: OnboardingStore }): JSX.Element {
  const i18n = useT();
  const stages = useStageOptions();
  return (
    <div class="onboarding__fields">
      <RadioCards
        label={i18n.t("stages.label")}
        options={stages()}
        value={props.store.stage()}
        onChange={(value) => isStage(value) && props.store.setStage(value)}
        error={props.store.errors().growthStage}
      />
      <fieldset class="onboarding__functions">
        <legend class="q-field__label">{i18n.t("onboarding.stage.functions")}</legend>
        <p class="q-field__description">{i18n.t("onboarding.stage.functionsHint")}</p>
        <div class="onboarding__function-grid">
          <For each={salesFunctions}>
            {(fn) => (
              <div class="onboarding__function" data-function={fn}>
                <Checkbox
                  label={i18n.t(`functions.${fn}`)}
                  description={i18n.t(`functions.about.${fn}`)}
                  checked={props.store.functions().includes(fn)}
                  onChange={(on) => props.store.toggleFunction(fn, on)}
                />
              </div>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  );
}
