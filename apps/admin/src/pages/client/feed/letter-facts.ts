/** What a timeline entry says about its letter: the letter's id, its thread and which way it went. */
export type LetterFacts = { id: string; threadId: string; direction: "inbound" | "outbound" };

/**
 * The letter of an `email` entry written by the mailbox poll or a reply (`data.letter`), or null
 * for an email logged by hand or a document mailed.
 *
 * @example letterFacts({ letter: { id: "ltr_1", threadId: "ltr_1", direction: "inbound" } })
 */
export function letterFacts(data: unknown): LetterFacts | null {
  const letter =
    typeof data === "object" && data !== null ? (data as { letter?: unknown }).letter : undefined;
  if (typeof letter !== "object" || letter === null) return null;
  const { id, threadId, direction } = letter as Record<string, unknown>;
  if (typeof id !== "string" || typeof threadId !== "string") return null;
  if (direction !== "inbound" && direction !== "outbound") return null;
  return { id, threadId, direction };
}

/**
 * Where a letter's attachment downloads from (`org` as a link sends no header); the server checks
 * the member may read the letter.
 */
export function attachmentUrl(attachmentId: string, orgId: string): string {
  return `/api/v1/mail/attachments/${encodeURIComponent(attachmentId)}?org=${encodeURIComponent(orgId)}`;
}
