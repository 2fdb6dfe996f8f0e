import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

describe("authentication settings in loadConfig", () => {
  it("defaults to http://localhost:<port>, no extra origins, a secret file and mail in the log", () => {
    expect(loadConfig({ PORT: "8080" })).toMatchObject({
      publicUrl: "http://localhost:8080",
      trustedOrigins: [],
      trustedProxies: [],
      authSecret: null,
      smtpUrl: null,
      mailFrom: "Quartet <no-reply@localhost>",
    });
  });

  it("reads the public URL (without a trailing slash), origins, secret and mail settings", () => {
    const config = loadConfig({
      QUARTET_PUBLIC_URL: "https://crm.example.com/",
      QUARTET_TRUSTED_ORIGINS: "https://admin.example.com, https://app.example.com/path",
      QUARTET_TRUSTED_PROXIES: "10.0.0.2, ::1",
      QUARTET_AUTH_SECRET: "x".repeat(32),
      QUARTET_SMTP_URL: "smtp://mail.example.com:587",
      QUARTET_MAIL_FROM: "CRM <crm@example.com>",
    });
    expect(config).toMatchObject({
      publicUrl: "https://crm.example.com",
      trustedOrigins: ["https://admin.example.com", "https://app.example.com"],
      trustedProxies: ["10.0.0.2", "::1"],
      authSecret: "x".repeat(32),
      smtpUrl: "smtp://mail.example.com:587",
      mailFrom: "CRM <crm@example.com>",
    });
  });

  it.each([
    [{ QUARTET_PUBLIC_URL: "crm.example.com" }, /QUARTET_PUBLIC_URL must be an http\(s\) URL/],
    [
      { QUARTET_TRUSTED_ORIGINS: "ftp://files.example.com" },
      /QUARTET_TRUSTED_ORIGINS must be an http\(s\) URL/,
    ],
    [{ QUARTET_TRUSTED_PROXIES: "proxy.local" }, /QUARTET_TRUSTED_PROXIES must list IP addresses/],
    [{ QUARTET_AUTH_SECRET: "too-short" }, /at least 32 characters/],
  ])("refuses %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
