import { type Locale, type NotificationParams, wordNotification } from "@quartet/core";
import type { NotificationsDeps } from "./deps.ts";
import { recipientLocale } from "./recipient-locale.ts";

/** What one notification says outside the app: its title, body and the full address of its link. */
export type OutgoingText = { locale: Locale; title: string; body: string | null; url: string | null };

/**
 * Words a stored notification for mail or a messenger in its recipient's language; null when the
 * type is no longer installed.
 */
export async function outgoingText(
  deps: NotificationsDeps,
  orgId: string,
  item: { recipientId: string; type: string; params: NotificationParams; link: string | null },
): Promise<OutgoingText | null> {
  const entry = deps.catalog.get(item.type);
  if (!entry) return null;
  const locale = await recipientLocale(deps, orgId, item.recipientId);
  const { title, body } = wordNotification(entry.def, item.params, locale);
  const url = item.link ? `${deps.publicUrl.replace(/\/+$/, "")}${item.link}` : null;
  return { locale, title, body, url };
}

/** The plain text of a notification: title, body and link, one per line. */
export function plainText(text: OutgoingText): string {
  return [text.title, text.body, text.url].filter(Boolean).join("\n");
}
