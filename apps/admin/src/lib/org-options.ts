import type { SelectOption } from "@quartet/ui";
import { createMemo } from "solid-js";
import { useT } from "../i18n/index.ts";
import { zoneCities } from "../i18n/zone-cities.ts";
import { currencyOptions } from "./currencies.ts";
import { browserZones, timeZoneOptions } from "./time-zones.ts";

/** The choices of an organisation's settings in the interface language: currencies, zones, languages. */
export function useOrgOptions() {
  const i18n = useT();
  const zones = browserZones();
  return {
    currencies: createMemo(() => currencyOptions(i18n.locale())),
    timeZones: createMemo(() =>
      timeZoneOptions({ zones, cityNames: zoneCities[i18n.locale()], at: Date.now() }),
    ),
    languages: (): SelectOption[] => [
      { value: "ru", label: i18n.t("language.ru") },
      { value: "en", label: i18n.t("language.en") },
    ],
  };
}
