import { describe, expect, it } from "vitest";
import { type CallerCard, callMessageOf, nextCalls } from "./incoming-calls.ts";

const card = (callId: string, over: Partial<CallerCard> = {}): CallerCard => ({
  callId,
  direction: "inbound",
  number: "+74951234567",
  outOfScope: false,
  client: null,
  contact: null,
  owner: null,
  deals: [],
  lastActivity: null,
  ...over,
});

const deal = {
  id: "deal_1",
  title: "Поставка",
  amountMinor: 1_200_000,
  currency: "RUB",
  stage: { en: "Proposal", ru: "КП" },
  href: "/deals/deal_1",
};

describe("incoming calls", () => {
  it.each([
    ["a closed call", '{"kind":"closed","callId":"c1"}', { kind: "closed", callId: "c1" }],
    [
      "a ringing call, fields it lacks as empty",
      '{"kind":"ringing","card":{"callId":"c1","number":"+74951234567","direction":"inbound"}}',
      { kind: "ringing", card: card("c1") },
    ],
    [
      "a known client's card",
      JSON.stringify({
        kind: "ringing",
        card: card("c2", { client: { id: "cli_1", name: "Ромашка" }, owner: "Анна" }),
      }),
      { kind: "ringing", card: card("c2", { client: { id: "cli_1", name: "Ромашка" }, owner: "Анна" }) },
    ],
    [
      "a client outside the member's scope",
      '{"kind":"ringing","card":{"callId":"c3","number":"+74951234567","direction":"inbound","outOfScope":true}}',
      { kind: "ringing", card: card("c3", { outOfScope: true }) },
    ],
    [
      "open deals, a malformed one left out",
      JSON.stringify({
        kind: "ringing",
        card: card("c4", { client: { id: "cli_1", name: "Ромашка" }, deals: [deal] }),
      }).replace('"deals":[', '"deals":[{"title":"без ссылки"},'),
      { kind: "ringing", card: card("c4", { client: { id: "cli_1", name: "Ромашка" }, deals: [deal] }) },
    ],
    ["not JSON", "{", null],
    ["another kind", '{"kind":"hangup","callId":"c1"}', null],
    ["a ringing call without a card", '{"kind":"ringing"}', null],
    ["not a string", 42, null],
  ])("reads %s", (_name, data, expected) => {
    expect(callMessageOf(data)).toEqual(expected);
  });

  it.each([
    ["a ringing call opens, newest first", [card("c1")], { kind: "ringing", card: card("c2") }, ["c2", "c1"]],
    [
      "a repeated ringing replaces its card",
      [card("c1"), card("c2")],
      { kind: "ringing", card: card("c2") },
      ["c2", "c1"],
    ],
    ["a closed call goes", [card("c1"), card("c2")], { kind: "closed", callId: "c1" }, ["c2"]],
    ["closing a call not shown changes nothing", [card("c1")], { kind: "closed", callId: "c9" }, ["c1"]],
  ] as const)("%s", (_name, calls, message, expected) => {
    expect(nextCalls(calls, message).map((c) => c.callId)).toEqual(expected);
  });
});
