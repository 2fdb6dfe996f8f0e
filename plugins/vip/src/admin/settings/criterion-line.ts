import type { Criterion } from "../../contracts/criteria.ts";
import { i18n } from "../i18n/index.ts";
import { money } from "../shared/words.ts";

/**
 * A criterion as a rule in words, with its numbers: «Оплачено не меньше 3 000 000 ₽ за 12 мес.»,
 * "At most 0 overdue orders in 12 months".
 */
export function criterionLine(criterion: Criterion, currency: string): string {
  const key = `settings.criteria.${criterion.kind}`;
  switch (criterion.kind) {
    case "revenue":
    case "average-order":
    case "largest-order":
      return i18n.tDynamic(key, {
        amount: money(criterion.minMinor, currency),
        months: criterion.windowMonths,
      });
    case "tenure":
      return i18n.tDynamic(key, { months: criterion.minMonths, quarters: criterion.quartersWithRevenue });
    case "categories":
      return i18n.tDynamic(key, { count: criterion.categoryIds.length, months: criterion.windowMonths });
    case "payment-discipline":
      return i18n.tDynamic(key, { max: criterion.maxOverdueOrders, months: criterion.windowMonths });
    case "manual":
      return i18n.tDynamic(key);
  }
}
