/**
 * A fixed-window counter per key (`form:ip`), kept in memory by one server process: the
 * first `limit` hits of a window pass, the rest are refused until the window ends. It keeps at
 * most `maxKeys` keys, dropping the oldest windows first, so a flood of addresses cannot grow it.
 *
 * @example const limiter = createRateWindow({ windowMs: 60_000, maxKeys: 10_000 }); limiter.hit("f1:10.0.0.1", 10, now)
 */
export function createRateWindow(options: { windowMs: number; maxKeys: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts a hit; `ok: false` with the ms to wait when the key is over `limit` in this window. */
    hit(key: string, limit: number, now: number): { ok: true } | { ok: false; retryAfterMs: number } {
      const start = now - (now % options.windowMs);
      const current = windows.get(key);
      const window = current && current.start === start ? current : { start, count: 0 };
      window.count++;
      windows.delete(key);
      windows.set(key, window);
      while (windows.size > options.maxKeys) {
        const oldest = windows.keys().next().value;
        if (oldest === undefined) break;
        windows.delete(oldest);
      }
      return window.count <= limit
        ? { ok: true }
        : { ok: false, retryAfterMs: start + options.windowMs - now };
    },
  };
}

/** A rate window's type. */
export type RateWindow = ReturnType<typeof createRateWindow>;
