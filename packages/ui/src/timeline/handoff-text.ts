import type { Locale } from "../i18n/types.ts";
import { isSalesFunction } from "../sales-functions.ts";
import { dataOf, type TimelineEntryText, textField } from "./timeline-entry.ts";
import { timelineWord } from "./timeline-messages.ts";

const steps = ["requested", "accepted", "rejected", "cancelled", "expired"] as const;
type Step = (typeof steps)[number];

/** Older entries named the functions by id in the body only: "Передача prospecting → first-sale: …". */
const legacyBody = /(?<from>[a-z-]+) → (?<to>[a-z-]+)(?:: (?<detail>[\s\S]*))?$/;

type Parts = { from: string | undefined; to: string | undefined; detail: string | undefined };

function partsOf(entry: TimelineEntryText): Parts {
  const data = dataOf(entry);
  const from = textField(data, "from");
  if (from) return { from, to: textField(data, "to"), detail: textField(data, "detail") };
  const legacy = legacyBody.exec(entry.body)?.groups ?? {};
  return { from: legacy.from, to: legacy.to ?? textField(data, "to"), detail: legacy.detail };
}

/**
 * One step of a handoff in the viewer's language: the step, both functions by name and the
 * detail (who was assigned and the note, or why it was rejected). Falls back to the stored body.
 *
 * @example handoffText(entry, "ru") // "Передача: Первая продажа → Развитие клиентов. Ответственный: Иван — по очереди"
 */
export function handoffText(entry: TimelineEntryText, locale: Locale): string {
  const step = textField(dataOf(entry), "step");
  const { from, to, detail } = partsOf(entry);
  if (!steps.includes(step as Step) || !isSalesFunction(from) || !isSalesFunction(to)) return entry.body;
  const head = timelineWord(locale, `handoff.${step as Step}`, {
    from: timelineWord(locale, `functions.${from}`),
    to: timelineWord(locale, `functions.${to}`),
  });
  if (!detail) return head;
  return timelineWord(locale, step === "rejected" ? "handoff.withReason" : "handoff.withDetail", {
    step: head,
    detail,
  });
}
