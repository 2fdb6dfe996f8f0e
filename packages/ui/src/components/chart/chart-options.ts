import type uPlot from "uplot";
import { axisLabels, barSlots, labelWidth, valueRange } from "./chart-layout.ts";
import { tooltipPlugin } from "./chart-tooltip.ts";
import type { ChartProps } from "./chart-types.ts";

/** The colours and font a chart draws with, read from the design tokens where it stands. */
export type ChartLook = { series: readonly string[]; axis: string; grid: string; font: string };

/** What `chartOptions` needs besides the chart's props: uPlot itself, the look and the size. */
export type ChartFrame = { lib: typeof uPlot; look: ChartLook; width: number; height: number };

const facetUnit = 1 as uPlot.Series.BarsPathBuilderFacetUnit;

function barsPath(frame: ChartFrame, index: number, count: number): uPlot.Series.PathBuilder | undefined {
  const slots = (u: uPlot) =>
    barSlots(count, u.bbox.width / frame.lib.pxRatio / Math.max(1, u.data[0].length));
  return frame.lib.paths.bars?.({
    size: [1, Number.POSITIVE_INFINITY],
    disp: {
      x0: {
        unit: facetUnit,
        values: (u) => Array.from(u.data[0], (x) => x + (slots(u).offsets[index] ?? 0)),
      },
      size: { unit: facetUnit, values: (u) => [slots(u).width] },
    },
  });
}

/** The aligned data uPlot draws: category indexes along x, then each series' values. */
export function chartData(props: Pick<ChartProps, "categories" | "series">): uPlot.AlignedData {
  return [
    props.categories.map((_, i) => i),
    ...props.series.map((s) => props.categories.map((_, i) => s.values[i] ?? null)),
  ];
}

/**
 * uPlot's options for a chart: categories along x (as many labels as fit), values on y worded by
 * `formatAxis`, bars side by side or lines with points, and a tooltip worded by `formatValue`.
 */
export function chartOptions(props: ChartProps, frame: ChartFrame): uPlot.Options {
  const short = props.formatAxis ?? props.formatValue ?? String;
  const count = props.categories.length;
  const labels = (u: uPlot) => axisLabels(props.categories, u.bbox.width / frame.lib.pxRatio);
  const bar = props.kind === "bar";
  const axis = { stroke: frame.look.axis, font: frame.look.font, ticks: { show: false } };
  return {
    width: frame.width,
    height: frame.height,
    padding: [12, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { show: !bar } },
    legend: { show: false },
    plugins: [tooltipPlugin(props, frame.look.series)],
    scales: {
      x: { time: false, range: [-0.5, count - 0.5] },
      y: {
        range: () =>
          valueRange(
            props.series.flatMap((s) => s.values),
            props.scaleMax,
          ),
      },
    },
    axes: [
      {
        ...axis,
        grid: { show: false },
        size: (_, values) => ((values ?? []).some((v) => v.includes("\n")) ? 48 : 32),
        splits: (u) => labels(u).indexes,
        values: (u, splits) => {
          const texts = labels(u).texts;
          return splits.map((i) => texts[i] ?? "");
        },
      },
      {
        ...axis,
        grid: { stroke: frame.look.grid, width: 1 },
        size: (_, values) => Math.max(40, ...(values ?? []).map(labelWidth)),
        values: (_, splits) => splits.map(short),
      },
    ],
    series: [
      { label: props.categoryLabel },
      ...props.series.map((s, index): uPlot.Series => {
        const color = frame.look.series[index % frame.look.series.length] ?? frame.look.axis;
        return {
          label: s.label,
          stroke: color,
          width: bar ? 0 : 2,
          ...(bar ? { fill: color, paths: barsPath(frame, index, props.series.length) } : {}),
          points: { show: !bar, size: 6, fill: color },
        };
      }),
    ],
  };
}
