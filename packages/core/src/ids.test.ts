import { describe, expect, it } from "vitest";
import { hasPrefix, newId, newSecret } from "./ids.ts";

const idShape = /^[a-z]+_[0-9a-hjkmnp-tv-z]{26}$/;

describe("newId", () => {
  it.each(["org", "cli", "deal", "evt"])(
    "starts with %s_ and has 26 Crockford base32 characters",
    (prefix) => {
      const id = newId(prefix);
      expect(id).toMatch(idShape);
      expect(id.startsWith(`${prefix}_`)).toBe(true);
    },
  );

  it.each([
    [0, "0000000000"],
    [1, "0000000001"],
    [32, "0000000010"],
    [1469918176385, "01aryz6s41"], // the ULID spec's example: the same encoding of time
  ])("encodes instant %d as %s", (now, time) => {
    expect(newId("x", now).slice(2, 12)).toBe(time);
  });

  it.each([
    [1, 2],
    [999, 1000],
    [Date.UTC(2025, 11, 31, 23, 59, 59, 999), Date.UTC(2026, 0, 1)],
    [Date.UTC(2026, 0, 1), Date.UTC(2030, 5, 1)],
  ])("an id made at %d sorts before one made at %d", (earlier, later) => {
    for (let i = 0; i < 20; i++) expect(newId("deal", earlier) < newId("deal", later)).toBe(true);
  });

  it("sorts a list of ids in the order they were made", () => {
    const made = Array.from({ length: 50 }, (_, i) => newId("evt", 1_700_000_000_000 + i * 7));
    expect([...made].sort()).toEqual(made);
  });

  it("is unique within one millisecond", () => {
    const ids = Array.from({ length: 10_000 }, () => newId("evt", 1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("truncates a fractional millisecond", () => {
    expect(newId("x", 32.7).slice(2, 12)).toBe("0000000010");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects the instant %d", (now) => {
    expect(() => newId("x", now)).toThrow(RangeError);
  });
});

describe("hasPrefix", () => {
  it.each([
    ["cli_01abc", "cli", true],
    ["cli_01abc", "deal", false],
    ["client_01abc", "cli", false],
    ["cli", "cli", false],
    ["deal_01abc", "deal", true],
  ])("hasPrefix(%s, %s) is %s", (id, prefix, expected) => {
    expect(hasPrefix(id, prefix)).toBe(expected);
  });
});

describe("newSecret", () => {
  it.each([
    [24, 32],
    [32, 43],
    [16, 22],
  ])("%d bytes give %d url-safe characters", (bytes, length) => {
    const secret = newSecret(bytes);
    expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(secret).toHaveLength(length);
  });

  it("is different every time", () => {
    expect(newSecret()).not.toBe(newSecret());
  });
});
