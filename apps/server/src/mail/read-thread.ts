import type { ServiceContext } from "@quartet/core";
import { letterAttachments, letters } from "@quartet/db/org";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { readableLetter } from "./letter-access.ts";

/**
 * A letter's thread as the timeline opens it (`core.mail.letters.thread`): every letter of it,
 * oldest first, with its text and its attachments' names and sizes (`stored`: the bytes were kept
 * and can be downloaded). The actor must be able to read the letter asked for.
 */
export async function readThread(ctx: ServiceContext, letterId: string) {
  const letter = await readableLetter(ctx, letterId);
  const rows = await ctx.org.db
    .select()
    .from(letters)
    .where(eq(letters.threadId, letter.threadId))
    .orderBy(asc(letters.occurredAt), asc(letters.id));
  const files = rows.length
    ? await ctx.org.db
        .select({
          id: letterAttachments.id,
          letterId: letterAttachments.letterId,
          fileName: letterAttachments.fileName,
          contentType: letterAttachments.contentType,
          size: letterAttachments.size,
          stored: sql<number>`${letterAttachments.content} is not null`,
        })
        .from(letterAttachments)
        .where(
          inArray(
            letterAttachments.letterId,
            rows.map((row) => row.id),
          ),
        )
    : [];
  return {
    mailbox: letter.mailboxAddress,
    letters: rows.map((row) => ({
      id: row.id,
      direction: row.direction,
      status: row.status,
      from: row.fromAddress,
      fromName: row.fromName,
      to: row.to,
      cc: row.cc,
      subject: row.subject,
      text: row.text,
      occurredAt: row.occurredAt,
      attachments: files
        .filter((file) => file.letterId === row.id)
        .map(({ stored, letterId: _letter, ...file }) => ({ ...file, stored: Boolean(stored) })),
    })),
  };
}
