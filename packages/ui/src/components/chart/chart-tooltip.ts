import type uPlot from "uplot";
import type { ChartProps } from "./chart-types.ts";

/** What the tooltip says at a category: its name, then each series' value (a dash where there is none). */
export function tooltipRows(
  props: ChartProps,
  index: number,
): { title: string; rows: { label: string; value: string }[] } {
  const say = props.formatValue ?? String;
  return {
    title: props.categories[index] ?? "",
    rows: props.series.map((s) => {
      const value = s.values[index];
      return { label: s.label, value: value === null || value === undefined ? "—" : say(value) };
    }),
  };
}

function row(color: string, label: string, value: string): HTMLElement {
  const line = document.createElement("div");
  line.className = "q-chart__tip-row";
  const swatch = document.createElement("span");
  swatch.className = "q-chart__swatch";
  swatch.style.background = color;
  const name = document.createElement("span");
  name.textContent = label;
  const figure = document.createElement("strong");
  figure.textContent = value;
  line.append(swatch, name, figure);
  return line;
}

/** A uPlot plugin: a small box by the cursor naming the category and each series' value there. */
export function tooltipPlugin(props: ChartProps, colors: readonly string[]): uPlot.Plugin {
  let tip: HTMLDivElement | undefined;
  return {
    hooks: {
      init: (u) => {
        tip = document.createElement("div");
        tip.className = "q-chart__tip";
        tip.hidden = true;
        u.over.appendChild(tip);
      },
      setCursor: (u) => {
        const { idx, left, top } = u.cursor;
        if (!tip) return;
        if (idx === null || idx === undefined || left === undefined || left < 0) {
          tip.hidden = true;
          return;
        }
        const text = tooltipRows(props, idx);
        const title = document.createElement("div");
        title.className = "q-chart__tip-title";
        title.textContent = text.title;
        tip.replaceChildren(title, ...text.rows.map((r, i) => row(colors[i] ?? "", r.label, r.value)));
        tip.hidden = false;
        const width = u.over.clientWidth;
        const x = left + 12 + tip.offsetWidth > width ? Math.max(0, left - 12 - tip.offsetWidth) : left + 12;
        tip.style.transform = `translate(${x}px, ${Math.max(0, (top ?? 0) - tip.offsetHeight / 2)}px)`;
      },
    },
  };
}
