import { describe, expect, it } from "vitest";
import type { ChannelChoice } from "./channels.ts";
import { planDeliveries } from "./plan-deliveries.ts";

const members = new Set(["usr_a", "usr_b"]);
const none = new Map<string, ChannelChoice[]>();

describe("planDeliveries", () => {
  it.each([
    {
      name: "a member gets the type's default channels, keyed by the event",
      drafts: [{ recipientId: "usr_a", params: { n: 1 } }],
      choices: none,
      expected: [
        { recipientId: "usr_a", dedupeKey: "evt_1", channels: { inApp: true, email: false, telegram: true } },
      ],
    },
    {
      name: "somebody who is not a member gets nothing",
      drafts: [{ recipientId: "usr_gone", params: {} }],
      choices: none,
      expected: [],
    },
    {
      name: "the same member twice for one key counts once",
      drafts: [
        { recipientId: "usr_a", params: {} },
        { recipientId: "usr_a", params: {} },
      ],
      choices: none,
      expected: [
        { recipientId: "usr_a", dedupeKey: "evt_1", channels: { inApp: true, email: false, telegram: true } },
      ],
    },
    {
      name: "a draft's own key wins over the event's",
      drafts: [{ recipientId: "usr_b", params: {}, dedupeKey: "rot:deal_1:5" }],
      choices: none,
      expected: [
        {
          recipientId: "usr_b",
          dedupeKey: "rot:deal_1:5",
          channels: { inApp: true, email: false, telegram: true },
        },
      ],
    },
    {
      name: "a member's choices override the defaults",
      drafts: [{ recipientId: "usr_a", params: {} }],
      choices: new Map([
        [
          "usr_a",
          [
            { channel: "telegram", enabled: false },
            { channel: "email", enabled: true },
          ],
        ],
      ]),
      expected: [
        { recipientId: "usr_a", dedupeKey: "evt_1", channels: { inApp: true, email: true, telegram: false } },
      ],
    },
    {
      name: "a member who switched every channel off gets nothing",
      drafts: [{ recipientId: "usr_a", params: {} }],
      choices: new Map([
        [
          "usr_a",
          [
            { channel: "inApp", enabled: false },
            { channel: "telegram", enabled: false },
          ],
        ],
      ]),
      expected: [],
    },
  ] as const)("$name", ({ drafts, choices, expected }) => {
    const planned = planDeliveries(drafts, {
      members,
      defaults: ["inApp", "telegram"],
      choices: choices as Map<string, ChannelChoice[]>,
      fallbackKey: "evt_1",
    });
    expect(planned.map(({ params: _p, ...rest }) => rest)).toEqual(expected);
  });

  it("drops a draft without a key when there is no event to key it by", () => {
    const planned = planDeliveries([{ recipientId: "usr_a", params: {} }], {
      members,
      defaults: ["inApp"],
      choices: none,
      fallbackKey: null,
    });
    expect(planned).toEqual([]);
  });
});
