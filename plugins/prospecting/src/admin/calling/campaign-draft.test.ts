import { describe, expect, it } from "vitest";
import { blankCampaign, campaignInputOf, progressOf } from "./campaign-draft.ts";

describe("campaignInputOf", () => {
  it("turns the form into the server's input, days in order", () => {
    const draft = { ...blankCampaign("list_1", "scr_1"), name: "Весна", days: [5, 1, 3], maxAttempts: " 3 " };
    expect(campaignInputOf(draft)).toEqual({
      name: "Весна",
      listId: "list_1",
      scriptId: "scr_1",
      window: { days: [1, 3, 5], start: "09:00", end: "20:00" },
      maxAttempts: 3,
      retryDelays: { "no-answer": 120, busy: 15, callback: 60 },
      callbackToSameCaller: true,
    });
  });
  it("sends a number typed wrong as NaN, for the server to refuse by name", () => {
    expect(campaignInputOf({ ...blankCampaign("l", "s"), retryBusy: "10 мин" }).retryDelays.busy).toBeNaN();
  });
});

describe("progressOf", () => {
  it.each([
    [{}, { done: 0, total: 0 }],
    [
      { queued: 7, done: 2, dnc: 1 },
      { done: 3, total: 10 },
    ],
    [
      { claimed: 1, callback: 2, done: 3 },
      { done: 3, total: 6 },
    ],
  ] as const)("%o", (states, expected) => {
    expect(progressOf(states)).toEqual(expected);
  });
});
