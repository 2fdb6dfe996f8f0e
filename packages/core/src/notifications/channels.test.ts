import { describe, expect, it } from "vitest";
import { channelsFor } from "./channels.ts";

describe("channelsFor", () => {
  it.each([
    { defaults: ["inApp"], choices: [], expected: { inApp: true, email: false, telegram: false } },
    {
      defaults: ["inApp", "telegram"],
      choices: [{ channel: "telegram", enabled: false }],
      expected: { inApp: true, email: false, telegram: false },
    },
    {
      defaults: [],
      choices: [{ channel: "email", enabled: true }],
      expected: { inApp: false, email: true, telegram: false },
    },
    {
      defaults: ["inApp", "email"],
      choices: [
        { channel: "inApp", enabled: false },
        { channel: "email", enabled: true },
      ],
      expected: { inApp: false, email: true, telegram: false },
    },
  ] as const)("defaults $defaults with choices $choices", ({ defaults, choices, expected }) => {
    expect(channelsFor(defaults, choices)).toEqual(expected);
  });
});
