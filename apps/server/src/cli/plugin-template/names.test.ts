import { describe, expect, it } from "vitest";
import { pluginNames } from "./names.ts";

describe("pluginNames", () => {
  it.each([
    [
      "loyalty",
      undefined,
      { prefix: "loyalty_", key: "loyalty", pascal: "Loyalty", title: "Loyalty", function: null },
    ],
    [
      "gift-cards",
      "farming",
      {
        prefix: "gift_cards_",
        key: "giftCards",
        pascal: "GiftCards",
        title: "Gift cards",
        function: "farming",
      },
    ],
    [
      "b2b-deals2",
      "first-sale",
      { prefix: "b2b_deals2_", key: "b2bDeals2", pascal: "B2bDeals2", function: "first-sale" },
    ],
  ])("%s (--function %s)", (id, fn, expected) => {
    const result = pluginNames(id, fn, []);
    expect(result).toMatchObject({ ok: true, names: { id, packageName: `@quartet/${id}`, ...expected } });
  });

  it.each([
    ["Loyalty", [], "is not a plugin id"],
    ["loyalty_", [], "is not a plugin id"],
    ["2fa", [], "is not a plugin id"],
    ["gift--cards", [], "is not a plugin id"],
    ["a".repeat(41), [], "is not a plugin id"],
    ["core", [], "is reserved"],
    ["first-sale", [], "is reserved"],
    ["vip", [], "is reserved"],
    ["referrals", ["referrals"], 'the plugin "referrals" is installed'],
    ["gift2", ["gift-2"], 'the plugin "gift-2" is installed'], // the same router key, gift2
  ])("refuses %s", (id, taken, problem) => {
    const result = pluginNames(id, undefined, taken);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.problem).toContain(problem);
  });

  it("refuses a function that is not one of the four", () => {
    expect(pluginNames("loyalty", "sales", [])).toMatchObject({
      ok: false,
      problem: expect.stringContaining("--function must be one of prospecting, first-sale, farming, vip"),
    });
  });
});
