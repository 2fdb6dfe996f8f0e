import type { AppI18n } from "../../../i18n/index.ts";
import type { LegData } from "./monitor-types.ts";

type Unit = LegData["readings"][number]["unit"];

/** A reading's number in the user's language with its unit: «38 %», «12 ч», «1 200». */
export function readingValue(i18n: AppI18n, value: number, unit: Unit): string {
  const number = i18n.formatNumber(value, { maximumFractionDigits: 1 });
  switch (unit) {
    case "percent":
      return i18n.formatNumber(value / 100, { style: "percent", maximumFractionDigits: 1 });
    case "hours":
      return i18n.t("monitor.unit.hours", { value: number });
    case "days":
      return i18n.t("monitor.unit.days", { value: number });
    case "per-hour":
      return i18n.t("monitor.unit.perHour", { value: number });
    default:
      return number;
  }
}
