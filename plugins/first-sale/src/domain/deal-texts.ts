import { formatMoney, type Locale, type Money } from "@quartet/core";
import type { WonBasis } from "../contracts/events.ts";

const basisText: Record<WonBasis, Record<Locale, string>> = {
  "full-payment": { ru: "оплачена полностью", en: "paid in full" },
  prepayment: { ru: "получена предоплата", en: "prepayment received" },
  "contract-signed": { ru: "подписан договор", en: "contract signed" },
};

/** Timeline and handoff texts of deals, in the organisation's language. */
export const dealTexts = {
  opened: (l: Locale, title: string, stage: string) =>
    l === "ru" ? `Открыта сделка «${title}» (этап «${stage}»)` : `Deal "${title}" opened (stage "${stage}")`,
  moved: (l: Locale, title: string, stage: string) =>
    l === "ru" ? `Сделка «${title}»: этап «${stage}»` : `Deal "${title}" moved to "${stage}"`,
  won: (l: Locale, title: string, amount: Money, basis: WonBasis) =>
    l === "ru"
      ? `Сделка «${title}» выиграна на ${formatMoney(amount, l)}: ${basisText[basis].ru}`
      : `Deal "${title}" won for ${formatMoney(amount, l)}: ${basisText[basis].en}`,
  lost: (l: Locale, title: string, reason: string, note: string | null) =>
    l === "ru"
      ? `Сделка «${title}» проиграна: ${reason}${note ? `. ${note}` : ""}`
      : `Deal "${title}" lost: ${reason}${note ? `. ${note}` : ""}`,
  reopened: (l: Locale, title: string, stage: string) =>
    l === "ru"
      ? `Сделка «${title}» снова в работе (этап «${stage}»)`
      : `Deal "${title}" reopened at "${stage}"`,
  contractSigned: (l: Locale, title: string) =>
    l === "ru" ? `По сделке «${title}» подписан договор` : `Contract signed for deal "${title}"`,
  /** The note a farmer reads on the handoff: what was sold and for how much. */
  handoff: (
    l: Locale,
    title: string,
    amount: Money,
    lines: readonly { name: string; quantity: number }[],
  ) => {
    const items = lines.map((x) => `${x.name} × ${x.quantity}`).join("; ");
    const head =
      l === "ru"
        ? `Первая продажа: «${title}» на ${formatMoney(amount, l)}`
        : `First sale: "${title}" for ${formatMoney(amount, l)}`;
    return items ? `${head}. ${items}` : head;
  },
};

const proposalVerbs = {
  sent: { ru: "отправлено", en: "sent" },
  accepted: { ru: "принято клиентом", en: "accepted by the client" },
  declined: { ru: "отклонено клиентом", en: "declined by the client" },
} as const;

/** Timeline text of a proposal's status change. */
export function proposalText(l: Locale, number: string, status: keyof typeof proposalVerbs): string {
  return l === "ru"
    ? `Коммерческое предложение ${number} ${proposalVerbs[status].ru}`
    : `Proposal ${number} ${proposalVerbs[status].en}`;
}
