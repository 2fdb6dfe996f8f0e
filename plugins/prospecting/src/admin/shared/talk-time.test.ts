import { describe, expect, it } from "vitest";
import { talkTime } from "./talk-time.ts";

describe("talkTime", () => {
  it.each([
    [0, "0:00"],
    [5, "0:05"],
    [95, "1:35"],
    [600, "10:00"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [3725, "1:02:05"],
    [-3, "0:00"],
    [94.6, "1:35"],
  ])("%s s reads %s", (seconds, text) => {
    expect(talkTime(seconds)).toBe(text);
  });
});
