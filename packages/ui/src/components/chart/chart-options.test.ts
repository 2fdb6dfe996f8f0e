import type uPlot from "uplot";
import { describe, expect, it } from "vitest";
import { chartData, chartOptions } from "./chart-options.ts";
import { tooltipRows } from "./chart-tooltip.ts";
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
  const u = { bbox: { width: 600 } } as uPlot;

  it("words the vertical axis with the short formatter", () => {
    const yValues = options.axes?.[1]?.values as (u: uPlot, splits: number[]) => string[];
    expect(yValues(u, [0, 100, 200])).toEqual(["0k", "1k", "2k"]);
  });

  it("names the categories along the horizontal axis", () => {
    const xValues = options.axes?.[0]?.values as (u: uPlot, splits: number[]) => string[];
    expect(xValues(u, [0, 2])).toEqual(["янв", "мар"]);
  });

  it("colours each series from the look", () => {
    expect(options.series.slice(1).map((s) => s.stroke)).toEqual(["#111", "#222"]);
  });
});

describe("tooltipRows", () => {
  it("names the category and says each series' value, a dash where there is none", () => {
    expect(tooltipRows(props, 1)).toEqual({
      title: "фев",
      rows: [
        { label: "Текущие", value: "—" },
        { label: "Новые", value: "—" },
      ],
    });
    expect(tooltipRows(props, 2).rows[0]).toEqual({ label: "Текущие", value: "300 ₽" });
  });
});
