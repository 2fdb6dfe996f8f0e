import { Progress } from "@kobalte/core/progress";
import type { JSX } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";

/** What is progressing and how far it got. */
export type ProgressBarProps = {
  /** What is progressing, e.g. "Importing clients". */
  label: string;
  /** Done so far, between 0 and `max`. */
  value: number;
  max?: number;
  /** Replaces the percentage, e.g. "1 200 of 5 000 rows". */
  valueLabel?: string;
};

/**
 * A labelled progress bar (Kobalte Progress) with the percentage in the current locale.
 *
 * @example <ProgressBar label={t("import.progress")} value={done()} max={total()} />
 */
export function ProgressBar(props: ProgressBarProps): JSX.Element {
  const percent = () => {
    const max = props.max ?? 100;
    return max > 0 ? Math.min(Math.max(props.value / max, 0), 1) : 0;
  };
  const text = () =>
    props.valueLabel ?? uiText().formatNumber(percent(), { style: "percent", maximumFractionDigits: 0 });
  return (
    <Progress
      class="q-progress"
      value={props.value}
      minValue={0}
      maxValue={props.max ?? 100}
      getValueLabel={() => text()}
    >
      <div class="q-progress__header">
        <Progress.Label class="q-progress__label">{props.label}</Progress.Label>
        <Progress.ValueLabel class="q-progress__value" />
      </div>
      <Progress.Track class="q-progress__track">
        <Progress.Fill class="q-progress__fill" />
      </Progress.Track>
    </Progress>
  );
}
