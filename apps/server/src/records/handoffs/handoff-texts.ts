import type { Locale, SalesFunction } from "@quartet/core";
import { functionWords } from "../export/labels.ts";

type Step = "requested" | "accepted" | "rejected" | "cancelled" | "expired";

const words: Record<Step, Record<Locale, string>> = {
  requested: { ru: "Передача", en: "Handoff" },
  accepted: { ru: "Передача принята", en: "Handoff accepted" },
  rejected: { ru: "Передача отклонена", en: "Handoff rejected" },
  cancelled: { ru: "Передача отменена", en: "Handoff cancelled" },
  expired: {
    ru: "Передача просрочена: никто не принял вовремя",
    en: "Handoff expired: nobody accepted it in time",
  },
};

/**
 * Timeline text of one step of a handoff in the organisation's language, with the functions
 * by name, e.g. "Передача Лидогенерация → Первая продажа: Ответственный: Иван — по очереди
 * (1 сегодня, без лимита). Хочет КП к пятнице".
 */
export function handoffText(
  locale: Locale,
  step: Step,
  from: SalesFunction,
  to: SalesFunction,
  detail?: string | null,
): string {
  const head = `${words[step][locale]} ${functionWords[from][locale]} → ${functionWords[to][locale]}`;
  return detail ? `${head}: ${detail}` : head;
}
