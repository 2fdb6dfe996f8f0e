import type { Locale } from "@quartet/core";
import { counted, dateWords, words } from "./wording.ts";

/**
 * The title of the task that warns a key-account manager that a client fell below its tier.
 *
 * @example graceTaskTitle("ru", { clientName: "ООО Ромашка", tierName: "Золото", demoteOn: "2026-09-01" }) // "Клиент ниже условий уровня «Золото», понижение 01.09.2026: ООО Ромашка"
 */
export function graceTaskTitle(
  l: Locale,
  p: { clientName: string; tierName: string; demoteOn: string },
): string {
  return l === "ru"
    ? `Клиент ниже условий уровня «${p.tierName}», понижение ${dateWords(p.demoteOn, l)}: ${p.clientName}`
    : `Client below the ${p.tierName} criteria, demotion on ${dateWords(p.demoteOn, l)}: ${p.clientName}`;
}

/** The title of a periodic account review task. */
export function reviewTaskTitle(l: Locale, p: { clientName: string; dueOn: string }): string {
  return l === "ru"
    ? `Ревизия VIP-клиента до ${dateWords(p.dueOn, l)}: ${p.clientName}`
    : `Review the VIP account by ${dateWords(p.dueOn, l)}: ${p.clientName}`;
}

/** The title of the task raised when a VIP request went unanswered past its SLA; `escalated` for the head of sales. */
export function breachTaskTitle(
  l: Locale,
  p: { clientName: string; slaMinutes: number; escalated: boolean },
): string {
  const hours = p.slaMinutes / 60;
  const within = Number.isInteger(hours)
    ? counted(l, hours, words.hours)
    : l === "ru"
      ? `${p.slaMinutes} мин.`
      : `${p.slaMinutes} min`;
  if (l === "ru")
    return `${p.escalated ? "Эскалация: " : ""}нет ответа VIP-клиенту дольше ${within} рабочего времени: ${p.clientName}`;
  return `${p.escalated ? "Escalation: " : ""}no answer to a VIP client within ${within} of business time: ${p.clientName}`;
}
