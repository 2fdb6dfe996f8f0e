import { Combobox, Select, TextField } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useOrgOptions } from "../../lib/org-options.ts";
import type { OnboardingStore } from "./onboarding-store.ts";

/** Step 1: the company's name, currency, time zone and language. */
export function BasicsStep(props: { store: OnboardingStore }): JSX.Element {
  const i18n = useT();
  const options = useOrgOptions();
  const basics = () => props.store.basics();
  const error = (field: string) => props.store.errors()[field];
  return (
    <div class="onboarding__fields">
      <TextField
        label={i18n.t("onboarding.basics.name")}
        placeholder={i18n.t("onboarding.basics.namePlaceholder")}
        value={basics().name}
        onChange={(name) => props.store.patchBasics({ name })}
        error={error("name")}
        autocomplete="organization"
        autofocus
        required
      />
      <div class="onboarding__pair">
        <Select
          label={i18n.t("onboarding.basics.currency")}
          description={i18n.t("onboarding.basics.currencyHint")}
          options={options.currencies()}
          value={basics().defaultCurrency}
          onChange={(defaultCurrency) => props.store.patchBasics({ defaultCurrency })}
          error={error("defaultCurrency")}
        />
        <Select
          label={i18n.t("onboarding.basics.language")}
          description={i18n.t("onboarding.basics.languageHint")}
          options={options.languages()}
          value={basics().locale}
          onChange={(locale) => props.store.patchBasics({ locale: locale === "en" ? "en" : "ru" })}
          error={error("locale")}
        />
      </div>
      <Combobox
        label={i18n.t("onboarding.basics.timeZone")}
        description={i18n.t("onboarding.basics.timeZoneHint")}
        placeholder={i18n.t("onboarding.basics.timeZonePlaceholder")}
        options={options.timeZones()}
        value={basics().timeZone}
        onChange={(timeZone) => props.store.patchBasics({ timeZone })}
        error={error("timeZone")}
      />
    </div>
  );
}
