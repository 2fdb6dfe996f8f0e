import { type notificationCreated, notificationMessages, wordMessage } from "@quartet/core";
import type { z } from "zod";
import type { NotificationsDeps } from "./deps.ts";
import { outgoingText, plainText } from "./outgoing-text.ts";

type Created = z.output<typeof notificationCreated.schema>;

/**
 * Mails one notification to its recipient through the server's mailer, in their language, when
 * email is on for it; a member who left gets nothing. A failed send throws: the outbox retries.
 */
export async function sendEmail(deps: NotificationsDeps, orgId: string, created: Created): Promise<void> {
  if (!created.channels.email) return;
  const member = (await deps.people.listMembers(orgId)).find((m) => m.userId === created.recipientId);
  const text = member ? await outgoingText(deps, orgId, created) : null;
  if (!(member && text)) return;
  await deps.mailer.send({
    to: member.email,
    subject: text.title,
    text: `${plainText(text)}\n\n${wordMessage(text.locale, notificationMessages.mailFooter)}`,
  });
}
