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
    // A table box ignores the clipping of the visually hidden class: a wrapper carries it instead.
    <div class={props.visible ? "q-chart__table-wrap" : "q-visually-hidden"}>
      <table class="q-chart__table">
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
    </div>
  );
}
