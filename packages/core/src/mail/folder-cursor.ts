/** Where polling of a folder stands, as stored. */
export type FolderCursor = { uidValidity: string; lastUid: number };

/**
 * What to read in a folder now. A folder never polled starts at the letters arriving from now on
 * (`fresh`: a connected mailbox's years of history do not flood the inbox); the same UIDVALIDITY
 * goes on after the last UID stored; a changed one (`renumbered`: old UIDs mean nothing) reads the
 * letters since the last poll again, and their Message-IDs keep them from being stored twice.
 */
export type FolderPlan = { kind: "fresh" } | { kind: "after"; uid: number } | { kind: "renumbered" };

/** The plan for a folder whose stored cursor is `stored` and whose server reports `uidValidity`. */
export function planFolder(stored: FolderCursor | undefined, uidValidity: string): FolderPlan {
  if (!stored) return { kind: "fresh" };
  if (stored.uidValidity !== uidValidity) return { kind: "renumbered" };
  return { kind: "after", uid: stored.lastUid };
}
