/** The server's live stream of the member's unread count in an organisation (server-sent events). */
export function streamUrl(orgId: string): string {
  return `/api/v1/notifications/stream?org=${encodeURIComponent(orgId)}`;
}

/**
 * The unread count a stream event carries (`{"unread": 3}`), or null for anything else, so a
 * malformed event is ignored rather than showing a wrong number.
 *
 * @example unreadOf('{"unread":3}') // 3
 */
export function unreadOf(data: unknown): number | null {
  if (typeof data !== "string") return null;
  try {
    const parsed = JSON.parse(data) as { unread?: unknown } | null;
    const unread = parsed?.unread;
    return typeof unread === "number" && Number.isInteger(unread) && unread >= 0 ? unread : null;
  } catch {
    return null;
  }
}
