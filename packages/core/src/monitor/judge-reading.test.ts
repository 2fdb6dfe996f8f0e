import { describe, expect, it } from "vitest";
import { judgeReading } from "./judge-reading.ts";
import { reading } from "./test-legs.ts";

describe("judgeReading", () => {
  it.each([
    ["no value: not enough data", { value: null, status: "bad" }, "unknown", "no-data"],
    ["the plugin cannot judge it", { status: "unknown" }, "unknown", "no-data"],
    ["a value but no target set", { status: "unknown", target: undefined }, "unknown", "no-target"],
    ["bad against the company's target stays red", { status: "bad" }, "bad", "plugin"],
    [
      "bad against a default target is never red",
      { status: "bad", targetSource: "default" },
      "warn",
      "default-target",
    ],
    [
      "bad with no source said counts as a default",
      { status: "bad", targetSource: undefined },
      "warn",
      "default-target",
    ],
    [
      "bad without any target is never red",
      { status: "bad", target: undefined, targetSource: undefined },
      "warn",
      "default-target",
    ],
    [
      "warn against a default target stays warn",
      { status: "warn", targetSource: "default" },
      "warn",
      "plugin",
    ],
    ["ok stays ok", { status: "ok", targetSource: "default" }, "ok", "plugin"],
  ] as const)("%s", (_name, over, judged, basis) => {
    expect(judgeReading(reading(over))).toMatchObject({ judged, basis });
  });
});
