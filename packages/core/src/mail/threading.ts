/** The threading headers of a letter as parsed: its own id and the ids it answers. */
export type LetterHeaders = {
  messageId: string | null;
  inReplyTo: string | null;
  references: readonly string[];
};

/** How many earlier ids a reply's `References` carries (the thread's root and the newest ones). */
export const maxReferences = 20;

/**
 * A Message-ID in its header form `<id@host>`, or null for an empty one.
 *
 * @example normaliseMessageId(" abc@host ") // "<abc@host>"
 */
export function normaliseMessageId(raw: string | null | undefined): string | null {
  const bare = (raw ?? "")
    .trim()
    .replace(/^<+|>+$/g, "")
    .trim();
  return bare ? `<${bare}>` : null;
}

/**
 * The ids to look for, nearest first, to find the thread a letter belongs to: the one it answers
 * (`In-Reply-To`), then its `References` from the newest back to the root.
 */
export function threadCandidates(headers: LetterHeaders): string[] {
  const ids = [headers.inReplyTo, ...[...headers.references].reverse()]
    .map(normaliseMessageId)
    .filter((id): id is string => id !== null && id !== normaliseMessageId(headers.messageId));
  return [...new Set(ids)];
}

/**
 * The threading headers of a reply to `parent`: `In-Reply-To` its id, `References` its references
 * and its id (the root kept when trimmed to `maxReferences`).
 */
export function replyThreading(parent: { messageId: string; references: readonly string[] }) {
  const all = [...parent.references, parent.messageId];
  const references =
    all.length > maxReferences ? [all[0] as string, ...all.slice(-(maxReferences - 1))] : all;
  return { inReplyTo: parent.messageId, references };
}

/**
 * The subject of a reply: «Re: » before the original's, unless it already starts with a reply
 * prefix (Re:, RE[2]:, Ответ:, Отв:).
 *
 * @example replySubject("Счёт") // "Re: Счёт"
 * @example replySubject("RE: Счёт") // "RE: Счёт"
 */
export function replySubject(subject: string): string {
  const trimmed = subject.trim();
  return /^(re(\[\d+\])?|отв(ет)?)\s*:/i.test(trimmed) ? trimmed : `Re: ${trimmed}`;
}

/**
 * A stable Message-ID for a letter that has none, from where it was read, so a re-poll finds the
 * same id and keeps it once.
 */
export function fallbackMessageId(
  mailboxId: string,
  folder: string,
  uidValidity: string,
  uid: number,
): string {
  return `<${encodeURIComponent(folder)}.${uidValidity}.${uid}@${mailboxId}.quartet.invalid>`;
}
