import { describe, expect, it } from "vitest";
import { textOfServer } from "./server-text.ts";

describe("textOfServer", () => {
  it.each([
    ["Name the form", { key: "errors.nameForm" }],
    ["Say why.", { key: "errors.sayWhy" }],
    ['Step "ask" cannot be reached from the start', { key: "errors.unreachable", params: { step: "ask" } }],
    ['Step "s2" leads to a missing step "s9"', { key: "errors.danglingEdge", params: { step: "s2" } }],
    ['From step "loop" no outcome can be reached', { key: "errors.noWayOut", params: { step: "loop" } }],
    ['"consent" is reserved', { key: "errors.reserved", params: { step: "consent" } }],
    ["Something new from the server", null],
  ] as const)("%s", (message, expected) => {
    expect(textOfServer(message)).toEqual(expected);
  });
});
