import { describe, expect, it } from "vitest";
import { permittedViews } from "./section-views.ts";

describe("a section's views", () => {
  const views = [
    { href: "/vip", key: "desk", need: "read", end: true },
    { href: "/vip/sla", key: "sla", need: "read" },
    { href: "/vip/program", key: "program", need: "manage" },
  ] as const;

  it.each([
    [["read"], ["/vip", "/vip/sla"]],
    [
      ["read", "manage"],
      ["/vip", "/vip/sla", "/vip/program"],
    ],
    [[], []],
  ])("with %j the viewer sees %j, worded", (held, hrefs) => {
    const links = permittedViews(
      views,
      (need) => (held as string[]).includes(need),
      (key) => `«${key}»`,
    );
    expect(links.map((l) => l.href)).toEqual(hrefs);
    expect(links.map((l) => l.label)).toEqual(hrefs.map((h) => `«${views.find((v) => v.href === h)?.key}»`));
  });
});
