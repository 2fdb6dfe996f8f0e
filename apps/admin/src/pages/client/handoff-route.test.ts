import { describe, expect, it } from "vitest";
import { handoffRouteFor, receiversFor } from "./handoff-route.ts";

describe("handoffRouteFor", () => {
  it.each([
    ["prospect", "prospecting", "first-sale"],
    ["lead", "prospecting", "first-sale"],
    ["negotiation", "first-sale", "farming"],
    ["customer", "first-sale", "farming"],
  ])("%s goes from %s to %s", (stage, from, to) => {
    expect(handoffRouteFor(stage)).toEqual({ from, to });
  });
});

describe("receiversFor", () => {
  const members = [
    { userId: "u1", name: "Анна" },
    { userId: "u2", name: "Борис" },
    { userId: "u3", name: "Вера" },
  ];
  const assignments = [
    { userId: "u2", function: "first-sale", paused: false },
    { userId: "u3", function: "first-sale", paused: true },
    { userId: "u1", function: "prospecting", paused: false },
  ];

  it("offers the members who work the function and are not paused", () => {
    expect(receiversFor(members, assignments, "first-sale").map((m) => m.name)).toEqual(["Борис"]);
  });

  it("offers everyone when nobody works the function or assignments are unknown", () => {
    expect(receiversFor(members, assignments, "vip")).toHaveLength(3);
    expect(receiversFor(members, null, "first-sale")).toHaveLength(3);
  });
});
