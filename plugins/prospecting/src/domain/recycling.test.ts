import { describe, expect, it } from "vitest";
import { defaultCallingWindow } from "./calling-window.ts";
import { nextAttempt, type RecyclingRules, retryDelays } from "./recycling.ts";

const now = Date.UTC(2026, 0, 16, 10, 0); // Friday 13:00 in Moscow
const rules: RecyclingRules = {
  maxAttempts: 3,
  retryDelaysMinutes: retryDelays.parse({}),
  window: defaultCallingWindow,
  callbackToSameCaller: true,
};
const record = { attempts: 0, timeZone: "Europe/Moscow", callerId: "usr_anna" };
const min = 60_000;

describe("nextAttempt", () => {
  it.each([
    ["interested finishes", "interested", record, { state: "done", attempts: 1, availableAt: null }],
    ["not interested finishes", "not-interested", record, { state: "done", availableAt: null }],
    ["a wrong number finishes", "wrong-number", record, { state: "done", availableAt: null }],
    ["do-not-call stops for good", "do-not-call", record, { state: "dnc", availableAt: null }],
    [
      "busy retries in 15 minutes",
      "busy",
      record,
      { state: "queued", attempts: 1, availableAt: now + 15 * min },
    ],
    ["no answer retries in 2 hours", "no-answer", record, { state: "queued", availableAt: now + 120 * min }],
    [
      "the last allowed attempt finishes",
      "no-answer",
      { ...record, attempts: 2 },
      { state: "done", attempts: 3 },
    ],
    [
      "a callback returns to the same caller after the default delay",
      "callback",
      record,
      { state: "callback", availableAt: now + 60 * min, assignedCallerId: "usr_anna" },
    ],
    [
      "a callback counts no limit: attempts past the maximum still call back",
      "callback",
      { ...record, attempts: 5 },
      { state: "callback", attempts: 6 },
    ],
  ] as const)("%s", (_name, disposition, rec, expected) => {
    expect(nextAttempt(rec, disposition, rules, now)).toMatchObject(expected);
  });

  it("moves a retry that falls after hours into the next window in the client's zone", () => {
    const evening = Date.UTC(2026, 0, 16, 12, 30); // 19:30 in Novosibirsk; +2 h is after hours
    const result = nextAttempt({ ...record, timeZone: "Asia/Novosibirsk" }, "no-answer", rules, evening);
    expect(result.availableAt).toBe(Date.UTC(2026, 0, 19, 2, 0)); // Monday 09:00 in Novosibirsk
  });

  it("books a callback at the time the client asked, for anyone when the campaign says so", () => {
    const asked = Date.UTC(2026, 0, 16, 13, 0);
    const result = nextAttempt(record, "callback", { ...rules, callbackToSameCaller: false }, now, asked);
    expect(result).toEqual({ state: "callback", attempts: 1, availableAt: asked });
  });

  it("never books a time in the past", () => {
    const result = nextAttempt(record, "callback", rules, now, now - 3_600_000);
    expect(result.availableAt).toBe(now);
  });
});
