/** The widest a bar may get, in CSS pixels, however few the categories. */
export const maxBarPx = 48;

/**
 * Where the bars of one category stand, in category units around the category's centre: each
 * series' left edge and the common width. Bars fill 70 % of a category (60 % for one series) and
 * never grow past `maxBarPx`.
 *
 * @example barSlots(2, 100) // { width: 0.35, offsets: [-0.35, 0] }
 */
export function barSlots(seriesCount: number, pxPerCategory: number): { width: number; offsets: number[] } {
  const count = Math.max(1, seriesCount);
  const group = count === 1 ? 0.6 : 0.7;
  const cap = pxPerCategory > 0 ? maxBarPx / pxPerCategory : group / count;
  const width = Math.min(group / count, cap);
  const start = -(width * count) / 2;
  return { width, offsets: Array.from({ length: count }, (_, i) => start + i * width) };
}

/**
 * Which category labels fit along an axis `plotPx` wide when each needs `labelPx`: every one,
 * or every second, third… starting with the first.
 *
 * @example labelledCategories(12, 300, 60) // [0, 3, 6, 9]
 */
export function labelledCategories(count: number, plotPx: number, labelPx: number): number[] {
  if (count <= 0) return [];
  const fits = Math.max(1, Math.floor(plotPx / Math.max(1, labelPx)));
  const step = Math.ceil(count / fits);
  return Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step);
}

/** Roughly how wide a label is drawn at 12 px, for spacing labels without measuring them. */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * 6.5 + 12);
}

/**
 * The vertical range: from zero (or the lowest value below it) to a little above the highest
 * value, so bars stand on zero and the top one does not touch the frame; [0, 1] without values.
 */
export function valueRange(values: readonly (number | null)[], scaleMax?: number): [number, number] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(0, ...present);
  const high = Math.max(0, ...present);
  if (scaleMax !== undefined && high <= scaleMax) return [low < 0 ? low * 1.1 : 0, scaleMax];
  if (present.length === 0 || low === high) return [0, 1];
  return [low < 0 ? low * 1.1 : 0, high > 0 ? high * 1.1 : 0];
}

/** A label broken in two at the space nearest its middle: «4 кв. 2025» → «4 кв.\n2025»; one word stays. */
export function wrapLabel(text: string): string {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (spaces.length === 0) return text;
  const middle = text.length / 2;
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return `${text.slice(0, at)}\n${text.slice(at + 1)}`;
}

const average = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
const widest = (text: string) => Math.max(...text.split("\n").map(labelWidth));

/**
 * The category labels an axis `plotPx` wide shows: every one on a line when they fit, every one
 * in two lines when that fits, else every second, third… on a line. Widths are averages, so a
 * long label among short ones still leaves room for all.
 *
 * @example axisLabels(["4 кв. 2025", "1 кв. 2026"], 150) // { indexes: [0, 1], texts: ["4 кв.\n2025", "1 кв.\n2026"] }
 */
export function axisLabels(
  categories: readonly string[],
  plotPx: number,
): { indexes: number[]; texts: string[] } {
  const all = categories.map((_, i) => i);
  if (average(categories.map(labelWidth)) * categories.length <= plotPx)
    return { indexes: all, texts: [...categories] };
  const wrapped = categories.map(wrapLabel);
  if (average(wrapped.map(widest)) * categories.length <= plotPx) return { indexes: all, texts: wrapped };
  const spacing = average(categories.map(labelWidth));
  return { indexes: labelledCategories(categories.length, plotPx, spacing), texts: [...categories] };
}
