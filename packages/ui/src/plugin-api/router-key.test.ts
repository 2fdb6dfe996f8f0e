import { describe, expect, it } from "vitest";
import { routerKeyOf } from "./router-key.ts";

describe("routerKeyOf", () => {
  it.each([
    ["vip", "vip"],
    ["first-sale", "firstSale"],
    ["loyalty-points-2", "loyaltyPoints2"],
    ["a-b-c", "aBC"],
  ])("%s is mounted under %s", (id, key) => {
    expect(routerKeyOf(id)).toBe(key);
  });
});
