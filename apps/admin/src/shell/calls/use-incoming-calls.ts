import { createSignal } from "solid-js";
import { type CallerCard, callMessageOf, nextCalls } from "./incoming-calls.ts";

/**
 * The tab's ringing calls, fed by the notification stream's `call` events: `receive` takes an
 * event's data, `dismiss` closes one popup by hand.
 */
export function useIncomingCalls() {
  const [calls, setCalls] = createSignal<readonly CallerCard[]>([]);
  return {
    calls,
    receive(data: unknown): void {
      const message = callMessageOf(data);
      if (message) setCalls((current) => nextCalls(current, message));
    },
    dismiss(callId: string): void {
      setCalls((current) => nextCalls(current, { kind: "closed", callId }));
    },
  };
}
