/**
 * Marks a sideways scroll box with `data-more-left` / `data-more-right` while some of its content
 * is hidden on that side; with the `q-scroll-cues` class the box fades that edge, so columns beyond
 * the screen are not forgotten (the plugins' boards). Returns the function that stops watching.
 *
 * @example <div class="board q-scroll-cues" ref={(box) => onCleanup(scrollCues(box))}>…</div>
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
