/** True on Apple systems, where the search shortcut is ⌘K instead of Ctrl+K. */
export function isApple(platform: string): boolean {
  return /Mac|iPhone|iPad|iPod/i.test(platform);
}

/** The shortcut as the keyboard shows it: "⌘K" on a Mac, "Ctrl K" elsewhere. */
export function shortcutText(apple: boolean): string {
  return apple ? "⌘K" : "Ctrl K";
}

type KeyPress = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">;

/**
 * Whether a key press opens the search: Ctrl+K (⌘K on a Mac) anywhere, even in a field; "/" only
 * when not `typing` in a field or a dialog (`typingIn(event.target)`).
 *
 * @example opensSearch({ key: "k", ctrlKey: true, … }, false, true) // true
 */
export function opensSearch(event: KeyPress, apple: boolean, typing: boolean): boolean {
  const key = event.key.toLowerCase();
  if ((key === "k" || key === "л") && !event.altKey && !event.shiftKey) {
    return apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  }
  return event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
}

/**
 * The option an arrow key moves to in a list of `count`: down from the last wraps to the first,
 * up from the first (or from none) to the last; -1 when the list is empty.
 */
export function moveActive(active: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return direction === 1 ? 0 : count - 1;
  return (active + direction + count) % count;
}
