import { describe, expect, it } from "vitest";
import { type CallbackSubject, callbackOwner } from "./callback-owner.ts";

const none = { prospecting: null, "first-sale": null, farming: null, vip: null };
const all = { prospecting: "p", "first-sale": "f", farming: "a", vip: "v" };

describe("callbackOwner", () => {
  const cases: [string, CallbackSubject, string | null][] = [
    [
      "a prospect: its prospecting owner",
      { stage: "prospect", tier: "standard", owners: all, rang: "r" },
      "p",
    ],
    ["a lead: its hunter", { stage: "lead", tier: "standard", owners: all, rang: "r" }, "f"],
    ["in negotiation: its hunter", { stage: "negotiation", tier: "standard", owners: all, rang: null }, "f"],
    ["a customer: its farmer", { stage: "customer", tier: "standard", owners: all, rang: null }, "a"],
    [
      "a VIP client: its key-account manager",
      { stage: "customer", tier: "vip", owners: all, rang: null },
      "v",
    ],
    [
      "a customer without a farmer: the VIP manager, then the hunter",
      { stage: "customer", tier: "standard", owners: { ...none, "first-sale": "f" }, rang: "r" },
      "f",
    ],
    [
      "a prospect owned only by a farmer: the farmer",
      { stage: "prospect", tier: "standard", owners: { ...none, farming: "a" }, rang: "r" },
      "a",
    ],
    [
      "nobody owns it: whoever the PBX rang",
      { stage: "lead", tier: "standard", owners: none, rang: "r" },
      "r",
    ],
    ["nobody at all: nobody", { stage: "lead", tier: "standard", owners: none, rang: null }, null],
  ];
  it.each(cases)("%s", (_name, subject, expected) => {
    expect(callbackOwner(subject)).toBe(expected);
  });
});
