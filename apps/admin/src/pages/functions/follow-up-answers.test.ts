import { describe, expect, it } from "vitest";
import { followUpAnswers } from "./follow-up-answers.ts";

describe("followUpAnswers", () => {
  it.each<[string, number, boolean[], number]>([
    ["no widget: nothing to wait for", 0, [], 1],
    ["the one widget has nothing", 1, [false], 1],
    ["the one widget offers", 1, [true], 0],
    ["one of two has not answered yet", 2, [false], 0],
    ["both have nothing", 2, [false, false], 1],
    ["one offers, the other has nothing", 2, [true, false], 0],
    ["a widget answering twice closes once", 1, [false, false], 1],
  ])("%s", (_, widgets, answers, closes) => {
    let closed = 0;
    const counter = followUpAnswers(widgets, () => closed++);
    for (const offers of answers) counter.answer(offers);
    expect(closed).toBe(closes);
  });
});
