import type { letterReceived, WriteScope } from "@quartet/core";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { requests } from "../../../db/requests.ts";
import { receiveRequest } from "../inbox/receive-request.ts";

/** `core.letter.received` as delivered. */
export type LetterReceived = z.output<typeof letterReceived.schema>;

/**
 * An unknown sender's letter opens an inbound request: channel `email`, source
 * `email:<the mailbox's address>` (the mailbox is the channel, as a form or a phone line), the
 * sender's address and name, the subject and text as the message. Only a thread's first letter
 * opens one: later letters of a thread that already has a request, and letters a client's
 * timeline took (`clientId`), open nothing. A redelivered event finds the request its letter
 * opened (the letter and thread ids are kept in the request's raw payload) and changes nothing.
 */
export async function openMailRequest(scope: WriteScope, letter: LetterReceived, now: number) {
  if (letter.clientId) return null;
  const [opened] = await scope.tx
    .select({ id: requests.id })
    .from(requests)
    .where(
      sql`${requests.channel} = 'email' and json_extract(${requests.rawPayload}, '$.threadId') = ${letter.threadId}`,
    )
    .limit(1);
  if (opened) return null;
  const { id } = await receiveRequest(
    scope,
    {
      source: `email:${letter.mailbox}`,
      channel: "email",
      utm: {},
      consent: false,
      rawPayload: { letterId: letter.letterId, threadId: letter.threadId, mailboxId: letter.mailboxId },
      contact: { name: letter.fromName, company: null, phone: null, email: letter.from },
      message: [letter.subject, letter.text].filter(Boolean).join("\n\n").slice(0, 4000),
    },
    now,
  );
  return id;
}
