import type { ChartLook } from "./chart-options.ts";

/** The colours series take in turn when they name none. */
export const chartPalette = [
  "--q-accent",
  "--q-fn-farming",
  "--q-fn-first-sale",
  "--q-fn-prospecting",
  "--q-fn-vip",
] as const;

/** A token (`--q-accent`) as the colour it stands for under `element`; any other colour as written. */
function resolve(style: CSSStyleDeclaration, color: string): string {
  return color.startsWith("--") ? style.getPropertyValue(color).trim() || "#888" : color;
}

/** The chart's colours and font from the design tokens in force at `element`. */
export function chartLook(element: Element, colors: readonly (string | undefined)[]): ChartLook {
  const style = getComputedStyle(element);
  return {
    series: colors.map((color, i) => resolve(style, color ?? chartPalette[i % chartPalette.length] ?? "")),
    axis: resolve(style, "--q-text-subtle"),
    grid: resolve(style, "--q-border"),
    font: `12px ${style.getPropertyValue("--q-font-sans").trim() || "system-ui, sans-serif"}`,
  };
}

/** A series' colour as CSS, for the legend: a token as `var(--…)`, the palette's in turn by default. */
export function swatchColor(color: string | undefined, index: number): string {
  const chosen = color ?? chartPalette[index % chartPalette.length] ?? "--q-accent";
  return chosen.startsWith("--") ? `var(${chosen})` : chosen;
}
