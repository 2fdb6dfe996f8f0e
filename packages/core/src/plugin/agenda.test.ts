import { describe, expect, it } from "vitest";
import { agendaItem, validateAgenda } from "./agenda.ts";
import { validateOne } from "./validate-manifests.ts";

const plugin = {
  id: "callbacks",
  function: null,
  name: { en: "Callbacks", ru: "Перезвоны" },
  description: { en: "", ru: "" },
  version: "1.0.0",
  dependsOn: [],
  permissions: [],
  events: { emits: [], consumes: [] },
  router: undefined,
};

describe("validateAgenda", () => {
  it.each([
    ["absent", undefined, true],
    ["a function", async () => [], true],
    ["an object", { list: () => [] }, false],
    ["a string", "callbacks", false],
  ] as const)("accepts agenda when %s: %s", (_, agenda, ok) => {
    const check = () => validateAgenda({ id: "callbacks", agenda });
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow('Plugin "callbacks" declares agenda that is not a function');
  });

  it("is part of the boot check of a manifest", () => {
    expect(() => validateOne({ ...plugin, agenda: 42 } as never)).toThrow(
      "declares agenda that is not a function",
    );
    expect(() => validateOne({ ...plugin, agenda: async () => [] })).not.toThrow();
  });
});

describe("agendaItem", () => {
  const good = {
    id: "lm_1",
    kind: "callback",
    title: "Весна",
    client: { id: "cli_1", name: "ООО Ромашка" },
    at: Date.parse("2026-12-08T07:00:00Z"),
    href: "/calls?campaign=cmp_1",
    permission: "callbacks.calls.work",
  };
  it.each([
    ["a complete item", {}, true],
    ["no client and no link", { client: null, href: null, title: null }, true],
    ["an unknown kind", { kind: "lunch" }, false],
    ["a link outside the app", { href: "https://example.com" }, false],
    ["a time as text", { at: "2026-12-08" }, false],
    ["no permission", { permission: "" }, false],
  ] as const)("checks %s", (_, patch, ok) => {
    expect(agendaItem.safeParse({ ...good, ...patch }).success).toBe(ok);
  });
});
