/**
 * Wakes the open notification streams of one member in this process right after their unread
 * count may have changed (a notification stored, some marked read). Other processes find out by
 * the streams' periodic re-read of the count (see `stream.ts`).
 */
export function createNotificationSignal() {
  const listeners = new Map<string, Set<() => void>>();
  const keyOf = (orgId: string, userId: string) => `${orgId}\u0000${userId}`;
  return {
    /** Calls `listener` on every signal for this member until the returned function is called. */
    subscribe(orgId: string, userId: string, listener: () => void): () => void {
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
