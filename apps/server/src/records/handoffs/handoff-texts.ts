import {
  functionRef,
  type Locale,
  type MessageRef,
  type SalesFunction,
  timelineMessages as t,
  wordRef,
} from "@quartet/core";

type Step = "requested" | "accepted" | "rejected" | "cancelled" | "expired";

const stepKeys: Record<Step, string> = {
  requested: t.handoffRequested,
  accepted: t.handoffAccepted,
  rejected: t.handoffRejected,
  cancelled: t.handoffCancelled,
  expired: t.handoffExpired,
};

/** Timeline text of one step of a handoff, the functions by name, as a key the reader words. */
export function handoffRef(
  step: Step,
  from: SalesFunction,
  to: SalesFunction,
  detail?: string | null,
): MessageRef {
  const text = { key: stepKeys[step], params: { from: functionRef(from), to: functionRef(to) } };
  return detail ? { key: t.withDetail, params: { text, detail } } : text;
}

/**
 * Timeline text of one step of a handoff in `locale`, e.g. "Передача Лидогенерация → Первая
 * продажа: Ответственный: Иван — по очереди (1 сегодня, без лимита). Хочет КП к пятнице".
 */
export const handoffText = (
  locale: Locale,
  step: Step,
  from: SalesFunction,
  to: SalesFunction,
  detail?: string | null,
): string => wordRef(locale, handoffRef(step, from, to, detail));
