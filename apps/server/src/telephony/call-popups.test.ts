import { describe, expect, it } from "vitest";
import { createCallPopups } from "./call-popups.ts";

describe("incoming-call popups, once per call and member", () => {
  it.each([
    ["a first ringing shows", [["show", "c1", "u1"]], [true]],
    [
      "a retried ringing does not show again",
      [
        ["show", "c1", "u1"],
        ["show", "c1", "u1"],
      ],
      [true, false],
    ],
    [
      "a call ringing two members shows to each once",
      [
        ["show", "c1", "u1"],
        ["show", "c1", "u2"],
        ["show", "c1", "u2"],
      ],
      [true, true, false],
    ],
    [
      "closing names everyone it was shown to, once",
      [
        ["show", "c1", "u1"],
        ["show", "c1", "u2"],
        ["close", "c1"],
        ["close", "c1"],
      ],
      [true, true, ["u1", "u2"], []],
    ],
    [
      "a late ringing after the call closed shows nothing",
      [
        ["close", "c1"],
        ["show", "c1", "u1"],
      ],
      [[], false],
    ],
    [
      "another call is apart",
      [
        ["show", "c1", "u1"],
        ["show", "c2", "u1"],
      ],
      [true, true],
    ],
  ] as const)("%s", (_name, steps, expected) => {
    const popups = createCallPopups();
    const results = steps.map((step) =>
      step[0] === "show" ? popups.show("org_1", step[1], step[2]) : popups.close("org_1", step[1]),
    );
    expect(results).toEqual(expected);
  });

  it("keeps organisations apart", () => {
    const popups = createCallPopups();
    expect(popups.show("org_1", "c1", "u1")).toBe(true);
    expect(popups.show("org_2", "c1", "u1")).toBe(true);
    expect(popups.close("org_2", "c1")).toEqual(["u1"]);
    expect(popups.close("org_1", "c1")).toEqual(["u1"]);
  });

  it("forgets the oldest calls beyond its limit", () => {
    const popups = createCallPopups(2);
    popups.show("org_1", "c1", "u1");
    popups.show("org_1", "c2", "u1");
    popups.show("org_1", "c3", "u1");
    expect(popups.show("org_1", "c1", "u1")).toBe(true);
    expect(popups.show("org_1", "c3", "u1")).toBe(false);
  });
});
