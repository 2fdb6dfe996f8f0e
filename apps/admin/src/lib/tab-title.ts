/** Counts above this show as "99+" on the bell's badge and in the tab's title. */
export const unreadCap = 99;

/**
 * An unread count as the badge and the tab title show it: nothing for none, "99+" past the cap.
 *
 * @example unreadCountText(3) // "3"; unreadCountText(250) // "99+"; unreadCountText(0) // ""
 */
export function unreadCountText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return "";
  return count > unreadCap ? `${unreadCap}+` : String(Math.floor(count));
}

/**
 * The browser tab's title: the page, the product, and the unread notifications in front when there
 * are any, as mail and chat apps do, so a tab in the background still says something arrived.
 *
 * @example tabTitle("Обзор", "Quartet", 3) // "(3) Обзор — Quartet"
 */
export function tabTitle(page: string, app: string, unread: number): string {
  const count = unreadCountText(unread);
  const base = page ? `${page} — ${app}` : app;
  return count ? `(${count}) ${base}` : base;
}
