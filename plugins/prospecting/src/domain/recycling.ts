import { z } from "zod";
import { type CallingWindow, nextCallableInstant } from "./calling-window.ts";
import type { Disposition } from "./dispositions.ts";

/** Minutes to wait before calling again after a disposition that keeps a record in play. */
export const retryDelays = z.object({
  "no-answer": z.number().int().min(1).max(43_200).default(120),
  busy: z.number().int().min(1).max(43_200).default(15),
  callback: z.number().int().min(1).max(43_200).default(60),
});

/** Retry delays in minutes. */
export type RetryDelays = z.output<typeof retryDelays>;

/** What recycling needs to know about a campaign. */
export type RecyclingRules = {
  maxAttempts: number;
  retryDelaysMinutes: RetryDelays;
  window: CallingWindow;
  callbackToSameCaller: boolean;
};

/** A call-list record as recycling sees it: attempts so far (before this call), its zone, who called. */
export type RecyclingRecord = { attempts: number; timeZone: string; callerId: string };

/** What becomes of a record after a call. `availableAt` is null for final states. */
export type NextAttempt = {
  state: "queued" | "done" | "dnc" | "callback";
  attempts: number;
  availableAt: number | null;
  assignedCallerId?: string;
};

/**
 * The recycling rules. `interested`, `not-interested` and `wrong-number` finish the record;
 * `do-not-call` stops it for good; `no-answer` and `busy` queue it again after their delay
 * unless the campaign's attempts are used up; `callback` books it at the time the client asked
 * (or after the callback delay), for the same caller when the campaign says so. Every new time
 * is moved into the calling window in the client's zone.
 *
 * @example nextAttempt({ attempts: 0, timeZone: "Europe/Moscow", callerId: "u1" }, "busy", rules, now) // queued in 15 min
 */
export function nextAttempt(
  record: RecyclingRecord,
  disposition: Disposition,
  campaign: RecyclingRules,
  now: number,
  callbackAt?: number | null,
): NextAttempt {
  const attempts = record.attempts + 1;
  const at = (instant: number) =>
    nextCallableInstant(Math.max(instant, now), record.timeZone, campaign.window);
  switch (disposition) {
    case "interested":
    case "not-interested":
    case "wrong-number":
      return { state: "done", attempts, availableAt: null };
    case "do-not-call":
      return { state: "dnc", attempts, availableAt: null };
    case "callback": {
      const when = at(callbackAt ?? now + campaign.retryDelaysMinutes.callback * 60_000);
      return campaign.callbackToSameCaller
        ? { state: "callback", attempts, availableAt: when, assignedCallerId: record.callerId }
        : { state: "callback", attempts, availableAt: when };
    }
    case "no-answer":
    case "busy":
      if (attempts >= campaign.maxAttempts) return { state: "done", attempts, availableAt: null };
      return {
        state: "queued",
        attempts,
        availableAt: at(now + campaign.retryDelaysMinutes[disposition] * 60_000),
      };
  }
}
