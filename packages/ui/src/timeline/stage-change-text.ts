import type { Locale } from "../i18n/types.ts";
import { dataOf, type TimelineEntryText, textField } from "./timeline-entry.ts";
import { hasTimelineWord, timelineWord } from "./timeline-messages.ts";

/** The one reason older entries stored as fixed English text, read back as its code. */
const legacyReasons: Readonly<Record<string, string>> = { "First payment received": "first-payment" };

function reasonText(locale: Locale, data: Readonly<Record<string, unknown>>): string | undefined {
  const reason = textField(data, "reason");
  const code = textField(data, "reasonCode") ?? legacyReasons[reason ?? ""];
  const key = `reasons.${code}`;
  if (!code || !hasTimelineWord(key)) return reason;
  const params = typeof data.reasonParams === "object" && data.reasonParams !== null ? data.reasonParams : {};
  return timelineWord(locale, key, params as Record<string, string>);
}

/**
 * A stage change in the viewer's language: the stage names and the reason (a coded reason
 * worded, a person's text as written). Falls back to the stored body when the data is unknown.
 *
 * @example stageChangeText(entry, "ru") // "Лид → Переговоры: открыта сделка «Поставка»"
 */
export function stageChangeText(entry: TimelineEntryText, locale: Locale): string {
  const data = dataOf(entry);
  const from = `stages.${textField(data, "from")}`;
  const to = `stages.${textField(data, "to")}`;
  if (!hasTimelineWord(from) || !hasTimelineWord(to)) return entry.body;
  const change = timelineWord(locale, "stageChange", {
    from: timelineWord(locale, from),
    to: timelineWord(locale, to),
  });
  const reason = reasonText(locale, data);
  return reason ? timelineWord(locale, "withReason", { change, reason }) : change;
}
