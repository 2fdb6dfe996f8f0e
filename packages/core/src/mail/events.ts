import { z } from "zod";
import { defineEvent } from "../plugin/define-event.ts";

/**
 * A letter arrived in a connected mailbox and was kept once (by its Message-ID). `clientId` is
 * the client whose timeline shows it (`activityId`), null when nobody matched the sender: the
 * plugin that takes inbound requests (prospecting) opens one from it, so core never depends on
 * that plugin, and a reply in a thread a request opened is the request's (`threadId`).
 */
export const letterReceived = defineEvent({
  name: "core.letter.received",
  version: 1,
  schema: z.object({
    letterId: z.string(),
    threadId: z.string(),
    mailboxId: z.string(),
    /** The mailbox's address (`sales@company.ru`): the channel a request came through. */
    mailbox: z.string(),
    from: z.string(),
    fromName: z.string().nullable(),
    subject: z.string(),
    text: z.string(),
    clientId: z.string().nullable(),
    activityId: z.string().nullable(),
    receivedAt: z.number(),
  }),
});

/**
 * A member's reply was queued (the letter's id is this event's id): core's mail subscriber sends
 * it over SMTP after the commit, once.
 */
export const letterQueued = defineEvent({
  name: "core.letter.queued",
  version: 1,
  schema: z.object({ mailboxId: z.string(), threadId: z.string(), clientId: z.string().nullable() }),
});
