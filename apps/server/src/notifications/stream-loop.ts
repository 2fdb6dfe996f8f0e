/** Timings of a notification stream: a comment line every `heartbeatMs`, a re-read of the count every `pollMs`. */
export type StreamTimings = { heartbeatMs: number; pollMs: number };

/** 25 s heartbeats (proxies close idle streams after 30–60 s); the count re-read every 5 s for other processes. */
export const defaultStreamTimings: StreamTimings = { heartbeatMs: 25_000, pollMs: 5_000 };

/**
 * Waits until the first of: a wake-up (`wake()` was called since the last wait), `ms` elapsed, or
 * `stop()`. Wake-ups that arrive while nobody waits are kept, so none is lost between two waits.
 */
export function createWaiter() {
  let pending = false;
  let stopped = false;
  let release: (() => void) | null = null;
  const fire = () => {
    const r = release;
    release = null;
    r?.();
  };
  return {
    wake(): void {
      pending = true;
      fire();
    },
    stop(): void {
      stopped = true;
      fire();
    },
    get stopped(): boolean {
      return stopped;
    },
    /** Resolves "wake", "timeout" or "stop". */
    async wait(ms: number): Promise<"wake" | "timeout" | "stop"> {
      if (stopped) return "stop";
      if (pending) {
        pending = false;
        return "wake";
      }
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await new Promise<boolean>((resolve) => {
        release = () => resolve(false);
        timer = setTimeout(() => resolve(true), ms);
      });
      clearTimeout(timer);
      release = null;
      if (stopped) return "stop";
      if (pending) {
        pending = false;
        return "wake";
      }
      return timedOut ? "timeout" : "wake";
    },
  };
}
