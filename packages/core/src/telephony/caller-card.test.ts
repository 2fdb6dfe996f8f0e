import { describe, expect, it } from "vitest";
import { callerCard, otherParty } from "./caller-card.ts";

const ringing = {
  providerCallId: "c1",
  direction: "inbound" as const,
  from: "+74951234567",
  to: "+74957654321",
};
const known = {
  client: { id: "cli_1", name: "ООО Ромашка" },
  contact: { name: "Иван Петров", position: "Директор" },
  owner: "Фёдор",
  deals: [
    {
      id: "deal_1",
      title: "Поставка",
      amountMinor: 12_000_000,
      currency: "RUB",
      stage: { en: "Proposal", ru: "КП" },
      href: "/deals/deal_1",
    },
  ],
  lastActivity: { type: "call", occurredAt: 1 },
};

describe("who is calling", () => {
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

  it.each([
    [
      "a known client's card: name, contact, owner, deals and last activity",
      { event: ringing, ...known },
      { callId: "c1", direction: "inbound", number: "+74951234567", outOfScope: false, ...known },
    ],
    [
      "an unknown number's card carries the number only",
      { event: { ...ringing, from: "+79990000000" }, ...known, client: null },
      {
        callId: "c1",
        direction: "inbound",
        number: "+79990000000",
        outOfScope: false,
        client: null,
        contact: null,
        owner: null,
        deals: [],
        lastActivity: null,
      },
    ],
    [
      "the callback leg of click-to-call names the number called",
      { event: { ...ringing, direction: "outbound" as const, from: "101" }, ...known },
      { callId: "c1", direction: "outbound", number: "+74957654321", outOfScope: false, ...known },
    ],
    [
      "a client outside the member's scope: the number only",
      { event: ringing, ...known, outOfScope: true },
      {
        callId: "c1",
        direction: "inbound",
        number: "+74951234567",
        outOfScope: true,
        client: null,
        contact: null,
        owner: null,
        deals: [],
        lastActivity: null,
      },
    ],
  ])("%s", (_name, input, expected) => {
    expect(callerCard(input)).toEqual(expected);
  });
});
