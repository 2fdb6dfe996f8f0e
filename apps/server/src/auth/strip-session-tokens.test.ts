import { describe, expect, it } from "vitest";
import { stripSessionTokens, withoutSessionTokens } from "./strip-session-tokens.ts";

describe("withoutSessionTokens", () => {
  it.each([
    [
      "sign-in answer",
      { redirect: false, token: "raw", user: { id: "usr_1" } },
      { redirect: false, user: { id: "usr_1" } },
    ],
    [
      "get-session answer",
      { session: { id: "ses_1", token: "raw", userId: "usr_1" }, user: { id: "usr_1" } },
      { session: { id: "ses_1", userId: "usr_1" }, user: { id: "usr_1" } },
    ],
    ["no session", null, null],
    ["a status", { status: true }, { status: true }],
    ["a list", [{ token: "kept: not a session answer" }], [{ token: "kept: not a session answer" }]],
  ])("%s", (_name, body, expected) => {
    expect(withoutSessionTokens(body)).toEqual(expected);
  });
});

describe("stripSessionTokens", () => {
  it("rewrites a JSON body and keeps status and headers", async () => {
    const original = Response.json(
      { token: "raw", user: { id: "usr_1" } },
      { status: 200, headers: { "set-cookie": "a=b" } },
    );
    const stripped = await stripSessionTokens(original);
    expect(stripped.status).toBe(200);
    expect(stripped.headers.get("set-cookie")).toBe("a=b");
    expect(await stripped.json()).toEqual({ user: { id: "usr_1" } });
  });

  it("passes other responses through", async () => {
    const original = new Response("ok", { headers: { "content-type": "text/plain" } });
    expect(await stripSessionTokens(original)).toBe(original);
  });
});
