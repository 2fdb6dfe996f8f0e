import { describe, expect, it } from "vitest";
import { addressKind } from "./address-kind.ts";

describe("addressKind", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["93.184.216.34", "public"],
    ["172.32.0.1", "public"],
    ["100.128.0.1", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "private"],
    ["100.64.0.1", "private"],
    ["0.0.0.0", "private"],
    ["224.0.0.1", "private"],
    ["255.255.255.255", "private"],
    ["::", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fe80::1", "private"],
    ["ff02::1", "private"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:8.8.8.8", "public"],
    ["::ffff:a9fe:a9fe", "private"],
    ["64:ff9b::a00:1", "private"],
    ["2001:db8::1", "private"],
    ["2a00:1450:4010:c05::65", "public"],
    ["example.com", "private"],
  ] as const)("%s is %s", (ip, kind) => {
    expect(addressKind(ip)).toBe(kind);
  });
});
