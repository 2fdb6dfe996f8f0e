import type uPlot from "uplot";
import { describe, expect, it } from "vitest";
import { chartData, chartOptions } from "./chart-options.ts";
import type { ChartProps } from "./chart-types.ts";

const props: ChartProps = {
  title: "Выручка",
  kind: "line",
  categories: ["янв", "фев", "мар"],
  categoryLabel: "Месяц",
  series: [
    { label: "Текущие", values: [100, null, 300] },
    { label: "Новые", values: [50] },
  ],
  formatValue: (v) => `${v} ₽`,
  formatAxis: (v) => `${v / 100}k`,
};
const frame = {
  lib: { pxRatio: 1, paths: {} } as unknown as typeof uPlot,
  look: { series: ["#111", "#222"], axis: "#333", grid: "#444", font: "12px sans-serif" },
  width: 600,
  height: 200,
};

describe("chartData", () => {
  it("puts category indexes along x and pads each series to the categories", () => {
    expect(chartData(props)).toEqual([
      [0, 1, 2],
      [100, null, 300],
      [50, null, null],
    ]);
  });
});

describe("chartOptions", () => {
  const options = chartOptions(props, frame);
  const u = {} as uPlot;

  it("words the vertical axis with the short formatter and the legend with the full one", () => {
    const yValues = options.axes?.[1]?.values as (u: uPlot, splits: number[]) => string[];
    expect(yValues(u, [0, 100, 200])).toEqual(["0k", "1k", "2k"]);
    const legend = options.series[1]?.value as (u: uPlot, v: number | null) => string;
    expect(legend(u, 300)).toBe("300 ₽");
    expect(legend(u, null)).toBe("—");
  });

  it("names the categories along the horizontal axis and in the legend", () => {
    const xValues = options.axes?.[0]?.values as (u: uPlot, splits: number[]) => string[];
    expect(xValues(u, [0, 2])).toEqual(["янв", "мар"]);
    const legend = options.series[0]?.value as (u: uPlot, v: number | null) => string;
    expect(legend(u, 1)).toBe("фев");
  });

  it("colours each series from the look", () => {
    expect(options.series.slice(1).map((s) => s.stroke)).toEqual(["#111", "#222"]);
  });
});
