import { For, type JSX } from "solid-js";
import type { ChartProps } from "./chart-types.ts";

/**
 * A chart's numbers as a table: one row per category, one column per series. Screen readers
 * read it in place of the drawing; it is shown to everyone when the drawing cannot load.
 */
export function ChartTable(props: ChartProps & { visible: boolean }): JSX.Element {
  const say = (value: number | null | undefined) =>
    value === null || value === undefined ? "—" : (props.formatValue ?? String)(value);
  return (
    <table class={props.visible ? "q-chart__table" : "q-visually-hidden"}>
      <caption class="q-visually-hidden">{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{props.categoryLabel}</th>
          <For each={props.series}>{(s) => <th scope="col">{s.label}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={props.categories}>
          {(category, index) => (
            <tr>
              <th scope="row">{category}</th>
              <For each={props.series}>{(s) => <td>{say(s.values[index()])}</td>}</For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
