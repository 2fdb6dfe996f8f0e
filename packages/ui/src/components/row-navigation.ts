/**
 * The row a key moves focus to in a table of `count` rows, or undefined when the key is not a move.
 * Arrows step, Home/End jump, PageUp/PageDown move by ten.
 */
export function nextRowIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case "ArrowDown":
      return Math.min(current + 1, last);
    case "ArrowUp":
      return Math.max(current - 1, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return Math.min(current + 10, last);
    case "PageUp":
      return Math.max(current - 10, 0);
    default:
      return undefined;
  }
}
