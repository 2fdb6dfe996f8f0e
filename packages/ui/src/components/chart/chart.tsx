import { createEffect, createSignal, For, type JSX, onCleanup, onMount, Show, untrack } from "solid-js";
import type uPlot from "uplot";
import { uiText } from "../../i18n/ui-messages.ts";
import { chartLook, swatchColor } from "./chart-look.ts";
import { chartData, chartOptions } from "./chart-options.ts";
import { ChartTable } from "./chart-table.tsx";
import type { ChartProps } from "./chart-types.ts";
import { loadUplot } from "./load-uplot.ts";

/**
 * A line or bar chart of plain arrays, drawn by uPlot, which is fetched on the first chart
 * rendered. It follows its container's width, words its axes and its hover tooltip with the
 * caller's formatters, names several series in a legend, and carries its numbers as a table for
 * screen readers (shown when the drawing cannot load).
 *
 * @example
 * <Chart kind="bar" title={t("stats.revenue")} categoryLabel={t("stats.month")}
 *   categories={["янв", "фев"]} series={[{ label: t("stats.existing"), values: [120_000, 90_000] }]}
 *   formatValue={(v) => i18n.formatMoney({ amountMinor: v, currency: "RUB" })} />
 */
export function Chart(props: ChartProps): JSX.Element {
  const [lib, setLib] = createSignal<typeof uPlot>();
  const [failed, setFailed] = createSignal(false);
  const [box, setBox] = createSignal<HTMLDivElement>();
  const [width, setWidth] = createSignal(0);
  const height = () => props.height ?? 240;
  const empty = () => props.categories.length === 0 || props.series.length === 0;
  let plot: uPlot | undefined;

  onMount(() => {
    loadUplot().then(
      (loaded) => setLib(() => loaded),
      () => setFailed(true),
    );
  });

  createEffect(() => {
    const element = box();
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(Math.floor(element.clientWidth)));
    observer.observe(element);
    onCleanup(() => observer.disconnect());
  });

  createEffect(() => {
    const uPlot = lib();
    const element = box();
    if (!uPlot || !element || empty()) return;
    const frame = {
      lib: uPlot,
      look: chartLook(
        element,
        props.series.map((s) => s.color),
      ),
      width: Math.max(untrack(width) || element.clientWidth, 120),
      height: height(),
    };
    plot?.destroy();
    plot = new uPlot(chartOptions(props, frame), chartData(props), element);
  });

  createEffect(() => {
    const next = width();
    if (next > 0) untrack(() => plot?.setSize({ width: Math.max(next, 120), height: height() }));
  });

  onCleanup(() => plot?.destroy());

  return (
    <figure class={`q-chart${props.class ? ` ${props.class}` : ""}`}>
      <figcaption class="q-chart__caption">
        <span class="q-chart__title">{props.title}</span>
        <Show when={props.description}>
          <span class="q-chart__description">{props.description}</span>
        </Show>
      </figcaption>
      <Show when={!empty()} fallback={<p class="q-chart__empty">{uiText().t("noData")}</p>}>
        <div
          ref={setBox}
          class="q-chart__plot"
          aria-hidden="true"
          style={{ "min-height": failed() ? undefined : `${height()}px` }}
        />
        <Show when={props.series.length > 1}>
          <ul class="q-chart__legend" aria-hidden="true">
            <For each={props.series}>
              {(s, i) => (
                <li>
                  <span class="q-chart__swatch" style={{ background: swatchColor(s.color, i()) }} />
                  {s.label}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <ChartTable {...props} visible={failed()} />
      </Show>
    </figure>
  );
}
