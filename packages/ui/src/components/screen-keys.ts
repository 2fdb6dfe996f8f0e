/** Keys typed into a field or pressed in a dialog belong there, not to the screen's hotkeys. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return target.closest("[role=dialog],[role=alertdialog],[role=listbox]") !== null;
}

/** Listens to key presses on the window while the screen is shown, ignoring typing and modifier chords. */
export function screenKeys(onKey: (event: KeyboardEvent) => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
    onKey(event);
  };
  window.addEventListener("keydown", listener);
  return () => window.removeEventListener("keydown", listener);
}
