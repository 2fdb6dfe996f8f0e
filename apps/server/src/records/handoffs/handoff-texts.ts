import type { Locale } from "@quartet/core";

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
 * Timeline text of one step of a handoff, e.g. "Handoff prospecting → first-sale: Assigned to
 * Ivan: next in turn (1 today, no limit). Wants a quote by Friday".
 */
export function handoffText(
  locale: Locale,
  step: Step,
  from: string,
  to: string,
  detail?: string | null,
): string {
  const head = `${words[step][locale]} ${from} → ${to}`;
  return detail ? `${head}: ${detail}` : head;
}
