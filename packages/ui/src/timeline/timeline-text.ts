import type { Locale } from "../i18n/types.ts";
import { handoffText } from "./handoff-text.ts";
import { stageChangeText } from "./stage-change-text.ts";
import { systemText } from "./system-text.ts";
import type { TimelineEntryText } from "./timeline-entry.ts";
import { timelineWord } from "./timeline-messages.ts";

export type { TimelineEntryText } from "./timeline-entry.ts";

/**
 * The display text of a timeline entry in the viewer's language, whatever language the
 * organisation wrote it in: stage changes, handoffs and core's system events are worded from
 * their data; calls, notes and other entries show their body as written.
 *
 * @example timelineText({ type: "stage-change", body: "lead → negotiation", data: { from: "lead", to: "negotiation" } }, "ru") // "Лид → Переговоры"
 */
export function timelineText(entry: TimelineEntryText, locale: Locale): string {
  if (entry.type === "stage-change") return stageChangeText(entry, locale);
  if (entry.type === "handoff") return handoffText(entry, locale);
  if (entry.type === "system") return systemText(entry, locale);
  return entry.body;
}

/** Who wrote the entry: a member's name, or «Система» / "System" for what the system did. */
export function timelineAuthor(entry: TimelineEntryText, locale: Locale): string {
  if (entry.authorId === "system") return timelineWord(locale, "system");
  return entry.authorName ?? "";
}
