/**
 * Adds what a user typed to a list of tags: commas and new lines separate several, blanks and
 * repeats are dropped, the order of entry is kept.
 *
 * @example addTags(["a"], "b, a ,c") // ["a", "b", "c"]
 */
export function addTags(current: readonly string[], typed: string): string[] {
  const next = [...current];
  for (const part of typed.split(/[,\n]/)) {
    const tag = part.trim();
    if (tag && !next.includes(tag)) next.push(tag);
  }
  return next;
}

/** The list without the tag at `index`. */
export function removeTag(current: readonly string[], index: number): string[] {
  return current.filter((_, i) => i !== index);
}
