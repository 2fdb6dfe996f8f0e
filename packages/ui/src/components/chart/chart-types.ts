/** One series of a chart: its name and one value per category (null where there is none). */
export type ChartSeries = {
  label: string;
  values: readonly (number | null)[];
  /** A CSS colour or a design token (`"--q-fn-farming"`); the next colour of the palette by default. */
  color?: string;
};

/** What a chart draws and how it words its numbers. */
export type ChartProps = {
  /** What the chart shows: its caption and the name of its data table. */
  title: string;
  /** A line under the caption, e.g. the period. */
  description?: string;
  kind: "line" | "bar";
  /** The categories along the horizontal axis, in order: months, quarters, steps. */
  categories: readonly string[];
  /** Names the categories in the data table's header, e.g. "Month". */
  categoryLabel: string;
  series: readonly ChartSeries[];
  /** A value in full, for the data table and the hover legend; a number in the user's language by default. */
  formatValue?: (value: number) => string;
  /** A value on the vertical axis, short ("1,2 млн ₽"); `formatValue` by default. */
  formatAxis?: (value: number) => string;
  /** The top of the vertical axis when every value is under it, e.g. 100 for a 0–100 % score. */
  scaleMax?: number;
  /** Plot height in CSS pixels (240 by default). */
  height?: number;
  class?: string;
};
