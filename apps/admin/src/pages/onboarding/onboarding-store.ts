import { type Locale, type SalesFunction, salesFunctions } from "@quartet/ui/pure";
import { createSignal } from "solid-js";
import type { GrowthStage } from "../../lib/api-types.ts";
import type { Basics, SetupResult } from "./setup.ts";

/** Steps of onboarding: company basics, how you sell, functions and people. */
export type OnboardingStep = 0 | 1 | 2;

/** Which step shows a server's field message: basics for the company's fields, stage for the rest. */
export function stepOfField(field: string): OnboardingStep {
  return ["name", "defaultCurrency", "timeZone", "locale"].includes(field) ? 0 : 1;
}

/** The state of onboarding, from the first field to the created organisation. */
export function createOnboardingStore(locale: Locale) {
  const [step, setStep] = createSignal<OnboardingStep>(0);
  const [basics, setBasics] = createSignal<Basics>({
    name: "",
    defaultCurrency: "RUB",
    timeZone: "Europe/Moscow",
    locale,
  });
  const [stage, setStage] = createSignal<GrowthStage>("solo");
  const [functions, setFunctions] = createSignal<SalesFunction[]>([...salesFunctions]);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [result, setResult] = createSignal<SetupResult | null>(null);
  return {
    step,
    setStep,
    basics,
    /** Changes some basics and clears their errors. */
    patchBasics(patch: Partial<Basics>) {
      setBasics({ ...basics(), ...patch });
      const rest = { ...errors() };
      for (const key of Object.keys(patch)) delete rest[key];
      setErrors(rest);
    },
    stage,
    setStage,
    functions,
    /** Adds or removes a function, keeping the four in stool order. */
    toggleFunction(fn: SalesFunction, on: boolean) {
      const next = new Set(functions());
      if (on) next.add(fn);
      else next.delete(fn);
      setFunctions(salesFunctions.filter((f) => next.has(f)));
    },
    errors,
    setErrors,
    formError,
    setFormError,
    result,
    setResult,
  };
}

/** The onboarding store's type. */
export type OnboardingStore = ReturnType<typeof createOnboardingStore>;
