import { DomainError, localDate } from "@quartet/core";
import { z } from "zod";
import { m } from "../contracts/messages.ts";
import { isoWeekday, wallToInstant } from "./local-time.ts";

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, m.clock);

/** When a campaign may call, in the client's local time: ISO weekdays (1 = Monday … 7 = Sunday), from–to. */
export const callingWindow = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1, m.oneDay).max(7),
    start: clock,
    end: clock,
  })
  .refine((w) => w.start < w.end, { message: m.windowOrder, path: ["end"] });

/** A calling window. */
export type CallingWindow = z.output<typeof callingWindow>;

/** Weekdays 09:00–20:00: the default window. */
export const defaultCallingWindow: CallingWindow = { days: [1, 2, 3, 4, 5], start: "09:00", end: "20:00" };

const dayMs = 86_400_000;

/**
 * The first instant at or after `now` inside the window in `zone`: `now` itself when the
 * client's local clock is inside it, otherwise the next opening.
 *
 * @example nextCallableInstant(Date.UTC(2026, 0, 16, 18, 0), "Asia/Novosibirsk", defaultCallingWindow) // Monday 09:00 in Novosibirsk
 */
export function nextCallableInstant(now: number, zone: string, window: CallingWindow): number {
  const today = Date.parse(`${localDate(now, zone)}T00:00:00Z`);
  for (let i = 0; i <= 7; i++) {
    const day = today + i * dayMs;
    if (!window.days.includes(isoWeekday(new Date(day).toISOString().slice(0, 10)))) continue;
    const open = wallToInstant(day + minutesOf(window.start) * 60_000, zone);
    const close = wallToInstant(day + minutesOf(window.end) * 60_000, zone);
    if (now < open) return open;
    if (now < close) return now;
  }
  throw new DomainError("BAD_INPUT", m.windowNoDays, { fields: { window: m.pickDay } });
}

/** True when `now` is inside the window in `zone`. */
export function isCallable(now: number, zone: string, window: CallingWindow): boolean {
  return nextCallableInstant(now, zone, window) === now;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
