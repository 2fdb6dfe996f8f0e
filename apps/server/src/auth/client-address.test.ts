import { describe, expect, it } from "vitest";
import { forwardedClient } from "./client-address.ts";

const proxy = "10.0.0.2";

describe("forwardedClient", () => {
  it.each([
    ["no proxies configured: the socket", "203.0.113.7", "198.51.100.1", [], "203.0.113.7"],
    ["an untrusted peer's header is ignored", "203.0.113.7", "198.51.100.1", [proxy], "203.0.113.7"],
    ["a trusted proxy names the client", proxy, "198.51.100.1", [proxy], "198.51.100.1"],
    ["a spoofed left-most hop is skipped", proxy, "1.2.3.4, 198.51.100.1", [proxy], "198.51.100.1"],
    ["a chain of trusted proxies", proxy, "198.51.100.1, 10.0.0.3", [proxy, "10.0.0.3"], "198.51.100.1"],
    ["a trusted proxy without the header", proxy, undefined, [proxy], proxy],
    ["no socket (in-process requests)", null, "198.51.100.1", [proxy], null],
  ])("%s", (_name, socket, header, trusted, expected) => {
    expect(forwardedClient(socket, header, trusted)).toBe(expected);
  });
});
