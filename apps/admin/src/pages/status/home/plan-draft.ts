import { amountMinorOf, minorToText, parseDecimal } from "@quartet/ui/pure";

/** A plan metric as the form needs it: whose it is, its unit and the target in force (null: none). */
export type DraftMetric = { function: string; key: string; unit: "count" | "money"; value: number | null };

/** A target as `core.home.setTargets` takes it: a count, or kopecks. */
export type TargetInput = { function: string; metric: string; value: number };

/** The messages of values that cannot be read, by the metric's name. */
export type DraftMessages = {
  badMoney: (index: number) => string;
  badCount: (index: number) => string;
  negative: (index: number) => string;
};

/** The text a field shows for a target in force: roubles for money, the count otherwise, empty for none. */
export function targetText(metric: DraftMetric): string {
  if (metric.value === null || metric.value === 0) return "";
  return metric.unit === "money" ? minorToText(metric.value) : String(metric.value);
}

/**
 * The targets to send for the typed texts, or the messages keyed as the server keys them
 * (`targets.<i>.value`). An empty field is "no plan": it sends 0 when a plan is in force and is
 * left out otherwise; money is typed in roubles and sent in kopecks; counts are whole numbers.
 *
 * @example targetsOf([{ function: "vip", key: "revenue", unit: "money", value: null }], ["1 500 000"], messages) // value 150000000
 */
export function targetsOf(
  metrics: readonly DraftMetric[],
  texts: readonly string[],
  messages: DraftMessages,
): { ok: true; targets: TargetInput[] } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const targets: TargetInput[] = [];
  metrics.forEach((metric, i) => {
    const text = (texts[i] ?? "").trim();
    const field = `targets.${i}.value`;
    if (text === "") {
      if (metric.value !== null && metric.value !== 0)
        targets.push({ function: metric.function, metric: metric.key, value: 0 });
      return;
    }
    const value = metric.unit === "money" ? amountMinorOf(text) : parseDecimal(text);
    if (value === null || (metric.unit === "count" && !Number.isInteger(value))) {
      errors[field] = metric.unit === "money" ? messages.badMoney(i) : messages.badCount(i);
      return;
    }
    if (value < 0) {
      errors[field] = messages.negative(i);
      return;
    }
    targets.push({ function: metric.function, metric: metric.key, value });
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, targets };
}
