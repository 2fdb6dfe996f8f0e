/** What the bell does with one report of its live stream. */
export type ArrivalAction = {
  /** Refetch the lists: the count moved, or the tab (re)connected to a changed count. */
  refetch: boolean;
  /** Announce the newest notification: one more arrived while the tab was listening. */
  announce: boolean;
};

/**
 * Decides what a stream report means, given the count the tab had before (`undefined` before the
 * first): a `ready` on (re)connecting refetches only when the count changed meanwhile and never
 * announces (nothing new arrived in front of the user); a `notification` refetches, and announces
 * when the count grew (a read elsewhere lowers it silently).
 *
 * @example arrivalOf(2, { kind: "notification", unread: 3 }) // { refetch: true, announce: true }
 */
export function arrivalOf(
  before: number | undefined,
  report: { kind: "ready" | "notification"; unread: number },
): ArrivalAction {
  if (report.kind === "ready") return { refetch: before !== report.unread, announce: false };
  return { refetch: true, announce: before !== undefined && report.unread > before };
}
