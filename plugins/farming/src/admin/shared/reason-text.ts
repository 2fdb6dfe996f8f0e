import { i18n } from "../i18n/index.ts";
import { date, days } from "./words.ts";

/** A reason as the server gives it: a code and the values its words need. */
export type Reason = { code: string; params: Record<string, string | number | null> };

const num = (value: string | number | null | undefined) => (typeof value === "number" ? value : 0);
const text = (value: string | number | null | undefined) => (typeof value === "string" ? value : null);

/**
 * Why a client is in the farmer's day, in the user's language with the right plurals — never the
 * code itself: an unknown code reads as its kind's name.
 *
 * @example dayReason({ code: "farming.day.late-purchase", params: { intervalDays: 34, daysSince: 51, lateDays: 17 } })
 * // "Покупает примерно раз в 34 дня; с последнего заказа 51 день — опаздывает на 17 дней"
 */
export function dayReason(reason: Reason): string {
  const p = reason.params;
  switch (reason.code) {
    case "farming.day.overdue-contact": {
      const last = text(p.lastContactOn);
      const values = { overdue: days(num(p.daysOverdue)), cadence: days(num(p.cadenceDays)) };
      return last
        ? i18n.t("reasons.overdueContact", { ...values, last: date(last) })
        : i18n.t("reasons.overdueNever", values);
    }
    case "farming.day.late-purchase":
      return i18n.t("reasons.latePurchase", {
        interval: days(num(p.intervalDays)),
        since: days(num(p.daysSince)),
        late: days(num(p.lateDays)),
      });
    case "farming.day.at-risk": {
      const since = text(p.since);
      const score = String(num(p.score));
      return since
        ? i18n.t("reasons.atRisk", { score, since: date(since) })
        : i18n.t("reasons.atRiskScore", { score });
    }
    case "farming.day.task":
      return i18n.t("reasons.task", { title: text(p.title) ?? "" });
    default:
      return "";
  }
}
