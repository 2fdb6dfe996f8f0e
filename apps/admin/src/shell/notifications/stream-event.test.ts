import { describe, expect, it } from "vitest";
import { streamUrl, unreadOf } from "./stream-event.ts";

describe("unreadOf", () => {
  it.each([
    ['{"unread":3}', 3],
    ['{"unread":0}', 0],
    ['{"unread":-1}', null],
    ['{"unread":1.5}', null],
    ['{"unread":"3"}', null],
    ["{}", null],
    ["null", null],
    ["not json", null],
    [undefined, null],
  ])("%j → %s", (data, unread) => {
    expect(unreadOf(data)).toBe(unread);
  });
});

describe("streamUrl", () => {
  it("names the organisation in the query", () => {
    expect(streamUrl("org_1 2")).toBe("/api/v1/notifications/stream?org=org_1%202");
  });
});
