import { describe, expect, it } from "vitest";
import { type KnownMessage, messageKey } from "./message-key.ts";

const known: readonly KnownMessage[] = [
  [/^The deal is (won|lost)/, "closed", ["status"]],
  [/^Name the deal$/, "name", []],
];

describe("messageKey", () => {
  it.each([
    ["The deal is lost: reopen it first", { key: "closed", params: { status: "lost" } }],
    ["Name the deal", { key: "name" }],
    ["Something else", null],
  ])("%s", (message, expected) => expect(messageKey(known, message)).toEqual(expected));
});
