import { formatMoney, type Locale, type Money } from "@quartet/core";
import { type LostReason, lostReasonLabels } from "../../../domain/lost-reasons.ts";

/** Timeline texts of expansion deals, stored worded in the organisation's language. */
export const dealTexts = {
  opened: (l: Locale, title: string, stage: string) =>
    l === "ru"
      ? `Открыта сделка развития «${title}» (этап «${stage}»)`
      : `Expansion deal "${title}" opened (stage "${stage}")`,
  moved: (l: Locale, title: string, stage: string) =>
    l === "ru"
      ? `Сделка развития «${title}»: этап «${stage}»`
      : `Expansion deal "${title}" moved to "${stage}"`,
  won: (l: Locale, title: string, amount: Money, orderNumber: string) =>
    l === "ru"
      ? `Сделка развития «${title}» выиграна на ${formatMoney(amount, l)}: заказ ${orderNumber} оплачен`
      : `Expansion deal "${title}" won for ${formatMoney(amount, l)}: order ${orderNumber} paid`,
  lost: (l: Locale, title: string, reason: LostReason, note: string | null) =>
    `${l === "ru" ? `Сделка развития «${title}» проиграна` : `Expansion deal "${title}" lost`}: ${
      lostReasonLabels[reason][l]
    }${note ? ` — ${note}` : ""}`,
  reopened: (l: Locale, title: string, stage: string) =>
    l === "ru"
      ? `Сделка развития «${title}» снова в работе (этап «${stage}»)`
      : `Expansion deal "${title}" reopened at "${stage}"`,
};
