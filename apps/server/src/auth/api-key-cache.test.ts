import { describe, expect, it } from "vitest";
import { createApiKeyCache } from "./api-key-cache.ts";

describe("createApiKeyCache", () => {
  const row = { id: "key_1", role: "viewer" };

  it.each([
    ["just stored", 0, row],
    ["before it expires", 9_999, row],
    ["once it expired", 10_000, undefined],
  ])("answers %s", (_, age, expected) => {
    const cache = createApiKeyCache<typeof row>(10_000);
    cache.set("hash", row, 1_000);
    expect(cache.get("hash", 1_000 + age)).toBe(expected);
  });

  it("forgets a revoked key by its id and keeps the others", () => {
    const cache = createApiKeyCache<{ id: string }>();
    cache.set("a", { id: "key_1" }, 0);
    cache.set("b", { id: "key_2" }, 0);
    cache.forget("key_1");
    expect(cache.get("a", 1)).toBeUndefined();
    expect(cache.get("b", 1)).toEqual({ id: "key_2" });
  });
});
