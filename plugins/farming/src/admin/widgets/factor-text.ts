import { i18n } from "../i18n/index.ts";
import { days, money } from "../shared/words.ts";

type Params = Record<string, string | number | null>;

const num = (value: string | number | null | undefined) => (typeof value === "number" ? value : null);

/**
 * Why a health factor scored as it did, in words from its numbers — never its key.
 *
 * @example factorWhy("recency", { days: 51, interval: 34 }, "RUB") // "с последнего заказа 51 день, обычно раз в 34 дня"
 */
export function factorWhy(key: string, params: Params, currency: string): string {
  const orders = (n: number | null) => i18n.t("units.orders", { count: n ?? 0 });
  switch (key) {
    case "recency": {
      const since = days(num(params.days) ?? 0);
      const interval = num(params.interval);
      return interval === null
        ? i18n.t("client.factorWhy.recencyNoRhythm", { days: since })
        : i18n.t("client.factorWhy.recency", { days: since, interval: days(interval) });
    }
    case "frequency":
      return i18n.t("client.factorWhy.frequency", {
        now: orders(num(params.orders12m)),
        before: orders(num(params.ordersPrev12m)),
      });
    case "trend":
      return i18n.t("client.factorWhy.trend", {
        now: money(num(params.revenue6mMinor) ?? 0, currency),
        before: money(num(params.revenuePrev6mMinor) ?? 0, currency),
      });
    case "contact": {
      const cadence = days(num(params.cadence) ?? 0);
      const since = num(params.days);
      return since === null
        ? i18n.t("client.factorWhy.contactNever", { cadence })
        : i18n.t("client.factorWhy.contact", { days: days(since), cadence });
    }
    case "issues": {
      const overdue = num(params.overdueTasks) ?? 0;
      return overdue === 0
        ? i18n.t("client.factorWhy.noIssues")
        : i18n.t("client.factorWhy.issues", { tasks: i18n.t("units.tasks", { count: overdue }) });
    }
    default:
      return "";
  }
}

/**
 * Why the client stands on its maturity step, in words: «3 категории за 12 мес. (комплексное
 * снабжение — от 3)»; an unknown code says nothing.
 */
export function maturityWhy(
  reason: { code: string; params: Record<string, string | number> },
  currency: string,
): string {
  const p = reason.params;
  const amount = (value: string | number | undefined) =>
    money(typeof value === "number" ? value : 0, currency);
  switch (reason.code) {
    case "project-order":
      return i18n.t("client.reason.project-order");
    case "project-order-size":
    case "order-size":
      return i18n.t(`client.reason.${reason.code}`, {
        amount: amount(p.amountMinor),
        min: amount(p.minMinor),
      });
    case "categories":
      return i18n.t("client.reason.categories", {
        count: i18n.t("units.categories", { count: typeof p.count === "number" ? p.count : 0 }),
        min: String(p.min ?? ""),
      });
    default:
      return "";
  }
}
