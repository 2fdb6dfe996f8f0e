import { describe, expect, it } from "vitest";
import { apiSignature, notificationSignature, phpQuery } from "./signature.ts";

// Expected values computed apart from this code, with Python's hmac/hashlib/base64 the way
// Zadarma's own Python client (zadarma/user-api-py-v1) signs.
const secret = "0123456789abcdef0123";

describe("apiSignature", () => {
  it("signs the method, the sorted query and its md5, base64 of the hex HMAC-SHA1", () => {
    expect(
      apiSignature(secret, "/v1/request/callback/", { to: "74951234567", from: "100", format: "json" }),
    ).toBe("Y2Y4ZTY2OWFhNTNhODkwM2JhNjQyMzljOGY0YTExNGRhNjE1ZGFjOQ==");
  });
});

describe("notificationSignature", () => {
  it("is base64 of the hex HMAC-SHA1 of the signed fields", () => {
    expect(notificationSignature(secret, "7495123456774950000000" + "2026-12-07 12:30:05")).toBe(
      "NzJiY2EzNDExOGVhZDhiMDEyZWY2MjIxMDA4YzAyOGNlZjE5MGVjZg==",
    );
  });
});

describe("phpQuery", () => {
  it.each([
    [[["format", "json"]], "format=json"],
    [[["a", "x y"]], "a=x+y"],
    [[["a", "~!*'()"]], "a=%7E%21%2A%27%28%29"],
    [
      [
        ["to", "+7"],
        ["from", "100"],
      ],
      "to=%2B7&from=100",
    ],
    [[["q", "звонок"]], "q=%D0%B7%D0%B2%D0%BE%D0%BD%D0%BE%D0%BA"],
  ] as const)("%j → %s", (pairs, expected) => {
    expect(phpQuery(pairs)).toBe(expected);
  });
});
