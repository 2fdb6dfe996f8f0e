import type { notificationCreated } from "@quartet/core";
import { staffTelegramLinks } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { NotificationsDeps } from "./deps.ts";
import { telegramMessenger } from "./messenger.ts";
import { outgoingText, plainText } from "./outgoing-text.ts";

type Created = z.output<typeof notificationCreated.schema>;

/**
 * Sends one notification as a Telegram direct message to the chat its recipient linked, in their
 * language, when Telegram is on for it and the organisation's bot is connected. A failed send
 * throws: the outbox retries it with backoff; the bell already has the notification.
 */
export async function sendTelegram(deps: NotificationsDeps, orgId: string, created: Created): Promise<void> {
  if (!created.channels.telegram) return;
  const org = await deps.runtime(orgId);
  const [link] = await org.db
    .select()
    .from(staffTelegramLinks)
    .where(eq(staffTelegramLinks.userId, created.recipientId));
  if (!link) return;
  const connected = await telegramMessenger(deps, orgId);
  if (!connected?.available) return;
  const text = await outgoingText(deps, orgId, created);
  if (!text) return;
  await connected.messenger.send(connected.ctx, link.chatId, plainText(text));
}
