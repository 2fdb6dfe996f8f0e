import { For, type JSX } from "solid-js";
import type { LocalizedText } from "../i18n/types.ts";
import { uiText } from "../i18n/ui-messages.ts";
import { type Status, StatusPill } from "./badge.tsx";

/** A vital sign as the four-legs monitor judges it: label, value and target in its unit, status. */
export type Reading = {
  key: string;
  label: LocalizedText;
  value: number | null;
  target?: number;
  unit?: "count" | "percent" | "hours" | "days" | "money" | "per-hour";
  judged: "ok" | "warn" | "bad" | "unknown";
};

const pills: Record<Reading["judged"], Status> = {
  ok: "ok",
  warn: "warning",
  bad: "error",
  unknown: "inactive",
};

/**
 * A leg's vital signs, one a row: what it measures, its value, its target and how it stands
 * against it, in the user's language — for the dashboard widgets of the functions' plugins.
 *
 * @example <ReadingsList readings={leg.readings} />
 */
export function ReadingsList(props: { readings: readonly Reading[] }): JSX.Element {
  const text = uiText();
  const figure = (reading: Reading, value: number) =>
    reading.unit === "percent"
      ? text.formatNumber(value / 100, { style: "percent", maximumFractionDigits: 1 })
      : text.formatNumber(value, { maximumFractionDigits: 1 });
  return (
    <ul class="q-readings">
      <For each={props.readings}>
        {(reading) => (
          <li class="q-reading" data-reading={reading.key}>
            <span>{text.localized(reading.label)}</span>
            <span class="q-reading__value">
              {reading.value === null ? "—" : figure(reading, reading.value)}
            </span>
            <span class="q-reading__target">
              {reading.target === undefined
                ? ""
                : text.t("target", { target: figure(reading, reading.target) })}
            </span>
            <StatusPill status={pills[reading.judged]}>{text.t(`judged.${reading.judged}`)}</StatusPill>
          </li>
        )}
      </For>
    </ul>
  );
}
