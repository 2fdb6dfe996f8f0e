import { For, type JSX } from "solid-js";
import "./bar-chart.css";

/** One bar: its label, its value and the text that says the value. */
export type Bar = { key: string; label: string; value: number; valueText: string; note?: string };

/**
 * A horizontal bar chart drawn with CSS. It is a list a screen reader reads row by row
 * ("label: value"); the bars themselves are decoration, scaled to the largest value.
 */
export function BarChart(props: { label: string; bars: readonly Bar[] }): JSX.Element {
  const max = () => Math.max(1, ...props.bars.map((b) => b.value));
  return (
    <figure class="fs-bars">
      <figcaption class="fs-bars__caption">{props.label}</figcaption>
      <ul class="fs-bars__list">
        <For each={props.bars}>
          {(bar) => (
            <li class="fs-bars__row">
              <span class="fs-bars__label">{bar.label}</span>
              <span class="fs-bars__track" aria-hidden="true">
                <span class="fs-bars__bar" style={{ width: `${(Math.max(0, bar.value) / max()) * 100}%` }} />
              </span>
              <span class="fs-bars__value">
                {bar.valueText}
                {bar.note ? <span class="fs-bars__note"> {bar.note}</span> : null}
              </span>
            </li>
          )}
        </For>
      </ul>
    </figure>
  );
}
