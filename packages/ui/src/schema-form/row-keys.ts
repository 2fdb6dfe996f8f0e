/** Lower-case Latin letters, digits and dashes from a name: `slugOf("Too expensive!") // "too-expensive"`. */
export function slugOf(name: string, maxLength = 40): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/**
 * Stable codes for list rows: a row that has one keeps it; a new row gets one derived from its
 * English name (`hints[i]`), or `item`, made unique with a number.
 *
 * @example rowKeys(["price", ""], ["", "Too late"]) // ["price", "too-late"]
 */
export function rowKeys(current: readonly string[], hints: readonly string[]): string[] {
  const taken = new Set(current.filter((key) => key !== ""));
  return current.map((key, index) => {
    if (key !== "") return key;
    const base = slugOf(hints[index] ?? "", 36) || "item";
    let candidate = base;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
