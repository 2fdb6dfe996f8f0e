/**
 * Marks a sideways scroll box with `data-more-left` / `data-more-right` while some of its content
 * is hidden on that side, so the board can fade that edge (columns beyond the screen are not
 * forgotten). Returns the function that stops watching.
 */
export function scrollCues(box: HTMLElement): () => void {
  const update = () => {
    box.toggleAttribute("data-more-left", box.scrollLeft > 1);
    box.toggleAttribute("data-more-right", box.scrollLeft + box.clientWidth < box.scrollWidth - 1);
  };
  const observer = new ResizeObserver(update);
  observer.observe(box);
  box.addEventListener("scroll", update, { passive: true });
  update();
  return () => {
    observer.disconnect();
    box.removeEventListener("scroll", update);
  };
}
