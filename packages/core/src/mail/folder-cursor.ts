/** Where polling of a folder stands, as stored. */
export type FolderCursor = { uidValidity: string; lastUid: number };

/**
 * The first UID to read in a folder now: after the last one stored while UIDVALIDITY is the same;
 * from the start when the folder is new or the server renumbered it (`restart`: a changed
 * UIDVALIDITY makes old UIDs meaningless; Message-IDs keep re-read letters from being stored twice).
 */
export function nextUid(
  stored: FolderCursor | undefined,
  uidValidity: string,
): { from: number; restart: boolean } {
  if (!stored) return { from: 1, restart: false };
  if (stored.uidValidity !== uidValidity) return { from: 1, restart: true };
  return { from: stored.lastUid + 1, restart: false };
}
