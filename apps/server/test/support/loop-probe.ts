/**
 * Measures the longest stretch the event loop went without running a 1 ms timer: a blocked
 * (or starved) loop shows up as a long gap, so this cannot pass vacuously.
 */
export function startLoopProbe(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}
