/**
 * A message pushed live to a member's open streams and kept nowhere (the incoming-call popup):
 * written as the server-sent event `event` with `data` as JSON.
 */
export type LiveMessage = { event: string; data: unknown };

/**
 * Wakes the open notification streams of one member in this process right after their unread
 * count may have changed (a notification stored, some marked read). Other processes find out by
 * the streams' periodic re-read of the count (see `stream.ts`). `publish` hands a live message to
 * the member's streams in this process only.
 */
export function createNotificationSignal() {
  const listeners = new Map<string, Set<(message?: LiveMessage) => void>>();
  const keyOf = (orgId: string, userId: string) => `${orgId}\u0000${userId}`;
  return {
    /** Calls `listener` on every signal for this member until the returned function is called. */
    subscribe(orgId: string, userId: string, listener: (message?: LiveMessage) => void): () => void {
      const key = keyOf(orgId, userId);
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
    notify(orgId: string, userId: string): void {
      for (const listener of listeners.get(keyOf(orgId, userId)) ?? []) listener();
    },
    /** Hands `message` to every open stream of this member in this process; true when one was open. */
    publish(orgId: string, userId: string, message: LiveMessage): boolean {
      const open = listeners.get(keyOf(orgId, userId)) ?? new Set();
      for (const listener of open) listener(message);
      return open.size > 0;
    },
    /** How many streams are open (tests, shutdown). */
    size(): number {
      let count = 0;
      for (const set of listeners.values()) count += set.size;
      return count;
    },
  };
}

/** The signal's type. */
export type NotificationSignal = ReturnType<typeof createNotificationSignal>;
