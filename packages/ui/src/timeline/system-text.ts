import type { Locale } from "../i18n/types.ts";
import { isSalesFunction } from "../sales-functions.ts";
import { dataOf, type TimelineEntryText, textField } from "./timeline-entry.ts";
import { timelineWord } from "./timeline-messages.ts";

function ownerText(entry: TimelineEntryText, locale: Locale): string {
  const data = dataOf(entry);
  const fn = textField(data, "function");
  if (!isSalesFunction(fn)) return entry.body;
  const name = textField(data, "toName") ?? textField(data, "to");
  const params = { function: timelineWord(locale, `functions.${fn}`) };
  return name
    ? timelineWord(locale, "owner.set", { ...params, name })
    : timelineWord(locale, "owner.cleared", params);
}

function mergedText(entry: TimelineEntryText, locale: Locale): string {
  const data = dataOf(entry);
  const kept = entry.clientId === textField(data, "intoId");
  const name = textField(data, kept ? "fromName" : "intoName");
  if (!name) return entry.body;
  return timelineWord(locale, kept ? "merged.into" : "merged.from", { name });
}

/**
 * A core system entry worded from its data in the viewer's language (a new responsible member,
 * a merge); entries of other events keep their body, which plugins write in the organisation's language.
 *
 * @example systemText(entry, "ru") // "Ответственный за функцию «Развитие клиентов»: Борис"
 */
export function systemText(entry: TimelineEntryText, locale: Locale): string {
  const event = textField(dataOf(entry), "event");
  if (event === "owner-changed") return ownerText(entry, locale);
  if (event === "merged") return mergedText(entry, locale);
  return entry.body;
}
