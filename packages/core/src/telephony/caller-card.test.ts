import { describe, expect, it } from "vitest";
import { type CallerClient, callerCard, otherParty, responsibleOf, servingFunction } from "./caller-card.ts";

const nobody = { prospecting: null, "first-sale": null, farming: null, vip: null };
const client = (over: Partial<CallerClient> = {}): CallerClient => ({
  id: "cli_1",
  name: "ООО Ромашка",
  stage: "customer",
  tier: "standard",
  owners: { ...nobody, prospecting: "usr_p", farming: "usr_f" },
  ...over,
});
const names: Record<string, string> = { usr_p: "Пётр", usr_f: "Фёдор", usr_v: "Вера" };
const memberName = (id: string) => names[id] ?? null;
const ringing = {
  providerCallId: "c1",
  direction: "inbound" as const,
  from: "+74951234567",
  to: "+74957654321",
};

describe("who is calling", () => {
  it.each([
    ["prospect", "standard", "prospecting"],
    ["lead", "standard", "prospecting"],
    ["negotiation", "standard", "first-sale"],
    ["customer", "standard", "farming"],
    ["lead", "vip", "vip"],
    ["customer", "vip", "vip"],
  ] as const)("a %s %s client is served by %s", (stage, tier, fn) => {
    expect(servingFunction(stage, tier)).toBe(fn);
  });

  it.each([
    ["the serving function's owner", client(), "usr_f"],
    ["the nearest function's when the serving one has none", client({ stage: "negotiation" }), "usr_f"],
    [
      "a VIP client's key-account manager",
      client({ tier: "vip", owners: { ...nobody, vip: "usr_v" } }),
      "usr_v",
    ],
    ["nobody when no function has one", client({ owners: nobody }), null],
  ])("the responsible member is %s", (_name, c, expected) => {
    expect(responsibleOf(c)).toBe(expected);
  });

  it.each([
    ["inbound: the caller", { direction: "inbound", from: "+7495", to: "+7499" }, "+7495"],
    [
      "outbound (the callback leg): the number called",
      { direction: "outbound", from: "101", to: "+7499" },
      "+7499",
    ],
    ["unknown direction: the caller", { direction: null, from: "anonymous", to: null }, "anonymous"],
  ] as const)("the other party of a call, %s", (_name, event, expected) => {
    expect(otherParty(event)).toBe(expected);
  });

  it("a known client's card: name, contact, owner by name, deals and last activity", () => {
    const card = callerCard({
      event: ringing,
      client: client(),
      contact: { name: "Иван Петров", position: "Директор" },
      memberName,
      deals: [{ title: "Поставка", amountMinor: 12_000_000, currency: "RUB" }],
      lastActivity: { type: "call", occurredAt: 1 },
    });
    expect(card).toEqual({
      callId: "c1",
      direction: "inbound",
      number: "+74951234567",
      client: { id: "cli_1", name: "ООО Ромашка" },
      contact: { name: "Иван Петров", position: "Директор" },
      owner: "Фёдор",
      deals: [{ title: "Поставка", amountMinor: 12_000_000, currency: "RUB" }],
      lastActivity: { type: "call", occurredAt: 1 },
    });
  });

  it("an unknown number's card carries the number only", () => {
    const card = callerCard({
      event: { ...ringing, from: "+79990000000" },
      client: null,
      contact: { name: "stray", position: null },
      memberName,
      deals: [{ title: "stray", amountMinor: 1, currency: "RUB" }],
      lastActivity: { type: "note", occurredAt: 1 },
    });
    expect(card).toEqual({
      callId: "c1",
      direction: "inbound",
      number: "+79990000000",
      client: null,
      contact: null,
      owner: null,
      deals: [],
      lastActivity: null,
    });
  });
});
