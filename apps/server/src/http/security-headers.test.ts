import { describe, expect, it } from "vitest";
import { appPolicy, hstsValue, securityHeadersOf } from "./security-headers.ts";

describe("securityHeadersOf", () => {
  it.each([
    ["/", false, appPolicy, "DENY"],
    ["/reset-password", true, appPolicy, "DENY"],
    ["/assets/index-abc.js", false, appPolicy, "DENY"],
    ["/trpc/core.me", true, appPolicy, "DENY"],
    ["/api/v1/documents/doc_1/pdf", false, "frame-ancestors 'self'", "SAMEORIGIN"],
    ["/api/v1/documentsx", false, appPolicy, "DENY"],
  ])("%s (https: %s) gets its policy and frame option", (path, https, policy, frames) => {
    const headers = securityHeadersOf(path, https);
    expect(headers["content-security-policy"]).toBe(policy);
    expect(headers["x-frame-options"]).toBe(frames);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["strict-transport-security"]).toBe(https ? hstsValue : undefined);
  });

  it("lets the app run only its own scripts and be framed by nobody", () => {
    const directives = new Map(
      appPolicy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")] as const),
    );
    expect(directives.get("script-src")).toBe("'self'");
    expect(directives.get("frame-ancestors")).toBe("'none'");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("connect-src")).toBe("'self'");
  });
});
