/** The largest attachment kept in the organisation's database; a larger one keeps its name and size only. */
export const maxAttachmentBytes = 10 * 1024 * 1024;

/** What one letter's attachments may take together; past it, the rest keep their names and sizes only. */
export const maxLetterAttachmentBytes = 25 * 1024 * 1024;

/** Which attachments (by index) keep their bytes, in order, within both limits. */
export function keptAttachments(sizes: readonly number[]): boolean[] {
  let total = 0;
  return sizes.map((size) => {
    if (size > maxAttachmentBytes || total + size > maxLetterAttachmentBytes) return false;
    total += size;
    return true;
  });
}
