import { describe, expect, it } from "vitest";
import { webhookMessages as m } from "./messages.ts";
import { checkWebhookUrl } from "./url-policy.ts";

const production = { allowLoopback: false };
const testMode = { allowLoopback: true };

describe("checkWebhookUrl", () => {
  it.each([
    ["https://hooks.example.com/quartet", production],
    ["https://hooks.example.com:8443/q?x=1", production],
    ["https://8.8.8.8/hook", production],
    ["http://127.0.0.1:4100/hook", testMode],
    ["https://localhost/hook", testMode],
    ["http://[::1]:80/hook", testMode],
  ] as const)("accepts %s", (url, policy) => {
    expect(checkWebhookUrl(url, policy).ok).toBe(true);
  });

  it.each([
    ["not a url", production, m.badUrl],
    ["", production, m.badUrl],
    ["https://intranet/hook", production, m.badUrl],
    ["ftp://files.example.com/", production, m.httpsOnly],
    ["javascript:alert(1)", production, m.httpsOnly],
    ["http://hooks.example.com/", production, m.httpsOnly],
    ["http://hooks.example.com/", testMode, m.httpsOnly],
    ["https://user:pass@hooks.example.com/", production, m.credentialsInUrl],
    ["http://127.0.0.1:4100/hook", production, m.privateTarget],
    ["https://localhost/", production, m.privateTarget],
    ["https://api.localhost/", production, m.privateTarget],
    ["https://[::1]/", production, m.privateTarget],
    ["https://10.0.0.7/", production, m.privateTarget],
    ["https://10.0.0.7/", testMode, m.privateTarget],
    ["https://192.168.1.1/", production, m.privateTarget],
    ["https://169.254.169.254/latest/meta-data", production, m.privateTarget],
    ["https://[fd00::1]/", production, m.privateTarget],
    ["https://[::ffff:10.0.0.1]/", production, m.privateTarget],
    // WHATWG URL reads these as IPv4 (127.0.0.1, 10.0.0.1): the check sees the address, not the spelling.
    ["https://2130706433/", production, m.privateTarget],
    ["https://0x0a.0.0.1/", production, m.privateTarget],
  ] as const)("refuses %s", (url, policy, key) => {
    expect(checkWebhookUrl(url, policy)).toEqual({ ok: false, key });
  });
});
