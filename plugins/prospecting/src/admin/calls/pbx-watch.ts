import { createSignal, onCleanup } from "solid-js";
import type { ProspectingOutputs } from "../api.ts";

type Call = NonNullable<ProspectingOutputs["callScreen"]["current"]>;

/** How often the screen asks whether the PBX reported the dialled call's end, and for how long. */
const everyMs = 2_500;
const giveUpAfterMs = 15 * 60_000;

/**
 * Waits for the PBX's end of a call dialled from the screen by asking the server for the held
 * record every few seconds (a cheap read of one row; the live notifications stream carries stored
 * notifications, not this) until the record has it, another record is on screen, or a quarter of
 * an hour passed. `onEnd` gets the record with the PBX's word.
 */
export function createPbxWatch(read: () => Promise<Call | null>, onEnd: (call: Call) => void) {
  const [waiting, setWaiting] = createSignal<string | null>(null);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    setWaiting(null);
  };
  const start = (memberId: string) => {
    stop();
    setWaiting(memberId);
    const since = Date.now();
    timer = setInterval(async () => {
      if (Date.now() - since > giveUpAfterMs) return stop();
      const held = await read().catch(() => null);
      if (waiting() !== memberId) return;
      if (!held || held.memberId !== memberId) return stop();
      if (held.pbx) {
        stop();
        onEnd(held);
      }
    }, everyMs);
  };
  onCleanup(stop);
  return { start, stop, waiting };
}
