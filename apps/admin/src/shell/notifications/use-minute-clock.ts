import { type Accessor, createSignal, onCleanup } from "solid-js";

/** The time now, moved on each minute, so "5 minutes ago" stays true while a list is on screen. */
export function useMinuteClock(): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 60_000);
  onCleanup(() => clearInterval(timer));
  return now;
}
