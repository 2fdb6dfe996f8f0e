import { afterEach, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { labelsByGroup, searchHost } from "./search-host.ts";

let h: Awaited<ReturnType<typeof searchHost>>;
afterEach(() => h?.close());

describe("core.search.query: clients and contacts", () => {
  it("finds a client by the start of its name, A→Z, with what matched and where it opens", async () => {
    h = await searchHost();
    const result = await h.search(h.owner, "ром");
    expect(labelsByGroup(result)["core.client"]).toEqual(["ООО «Ромашка»", "ООО «Ромб»"]);
    const [first] = result.groups[0]?.hits ?? [];
    expect(first).toEqual({
      id: h.romashka.id,
      label: "ООО «Ромашка»",
      detail: null,
      matched: { field: "name", value: "ООО «Ромашка»" },
      href: `/clients/${h.romashka.id}`,
    });
    expect(result.groups[0]?.name).toEqual({ en: "Clients", ru: "Клиенты" });
  });

  it.each([
    ["8 916 123-45-67", "phone", "+79161234567"],
    ["+7 (916) 123-45-67", "phone", "+79161234567"],
    ["89161234567", "phone", "+79161234567"],
    ["7707083893", "inn", "7707083893"],
    ["INFO@romashka.ru", "email", "info@romashka.ru"],
  ] as const)("finds the client by %s (%s)", async (q, field, value) => {
    h = await searchHost();
    const result = await h.search(h.owner, q);
    const clients = result.groups.find((g) => g.key === "core.client");
    expect(clients?.hits.map((hit) => [hit.label, hit.matched])).toEqual([
      ["ООО «Ромашка»", { field, value }],
    ]);
  });

  it("finds a contact by a mobile only the contact holds, and by name, naming the client", async () => {
    h = await searchHost();
    const byPhone = await h.search(h.owner, "8 (903) 765 43 21");
    const contacts = byPhone.groups.find((g) => g.key === "core.contact");
    expect(contacts?.hits.map((hit) => [hit.label, hit.detail, hit.matched.field, hit.href])).toEqual([
      ["Иван Петров", "ООО «Ромашка»", "phone", `/clients/${h.romashka.id}`],
    ]);
    const byName = await h.search(h.owner, "петров");
    expect(labelsByGroup(byName)["core.contact"]).toEqual(["Иван Петров"]);
  });

  it("leaves out groups with nothing found and keeps to the limit", async () => {
    h = await searchHost();
    expect((await h.search(h.owner, "Ромашка Плюс")).groups).toEqual([]);
    expect(labelsByGroup(await h.search(h.owner, "ром", 1))["core.client"]).toEqual(["ООО «Ромашка»"]);
    expect(labelsByGroup(await h.search(h.owner, "ООО"))["core.client"]).toBeUndefined();
  });

  it.each([
    ["", "q"],
    ["   ", "q"],
    ["я".repeat(101), "q"],
  ])("refuses %j with a 400 naming q", async (q, field) => {
    h = await searchHost();
    const refused = await callRefusal((await h.as(h.owner)).core.search.query({ q }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(refused.fields ?? {})).toEqual([field]);
  });

  it("refuses a limit outside 1–20, naming it", async () => {
    h = await searchHost();
    const refused = await callRefusal((await h.as(h.owner)).core.search.query({ q: "ром", limit: 500 }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { limit: "At most 20" } });
  });
});
