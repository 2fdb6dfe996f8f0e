import { definePermission, definePlugin } from "@quartet/core/plugin";
import { afterEach, describe, expect, it } from "vitest";
import { searchOf } from "../../src/search/index.ts";
import { labelsByGroup, searchHost } from "./search-host.ts";

let h: Awaited<ReturnType<typeof searchHost>>;
afterEach(() => h?.close());

const brokenRead = definePermission({ id: "broken.things.read", description: { en: "Read", ru: "Читать" } });

/** A plugin whose provider always throws. */
const broken = definePlugin({
  id: "broken",
  function: null,
  name: { en: "Broken", ru: "Сломанный" },
  description: { en: "Throws", ru: "Падает" },
  version: "1.0.0",
  dependsOn: [],
  permissions: [brokenRead],
  events: { emits: [], consumes: [] },
  router: undefined,
  search: async () => {
    throw new Error("index corrupted");
  },
});

/** A plugin whose provider never answers. */
const stuck = definePlugin({
  ...broken,
  id: "stuck",
  name: { en: "Stuck", ru: "Зависший" },
  permissions: [definePermission({ id: "stuck.things.read", description: { en: "Read", ru: "Читать" } })],
  search: () => new Promise(() => {}),
});

describe("core.search.query: plugins' providers", () => {
  it("finds a deal by its client's name and by its title, opening the deal", async () => {
    h = await searchHost();
    const deals = (await h.as(h.owner)).firstSale.deals;
    const deal = await deals.create({ clientId: h.romashka.id, title: "Поставка кофе" });
    await deals.create({ clientId: h.romb.id, title: "Аренда" });
    const byClient = await h.search(h.owner, "ромашка");
    const group = byClient.groups.find((g) => g.key === "first-sale.deal");
    expect(group?.name).toEqual({ en: "Deals", ru: "Сделки" });
    expect(group?.hits).toEqual([
      {
        id: deal.id,
        label: "Поставка кофе",
        detail: "ООО «Ромашка»",
        matched: { field: "client", value: "ООО «Ромашка»" },
        href: `/deals/${deal.id}`,
      },
    ]);
    const byTitle = await h.search(h.owner, "кофе");
    expect(byTitle.groups.find((g) => g.key === "first-sale.deal")?.hits.map((hit) => hit.matched)).toEqual([
      { field: "title", value: "Поставка кофе" },
    ]);
  });

  it("finds an inbound request by its phone in any format, and by the contact's name", async () => {
    h = await searchHost();
    const inbox = (await h.as(h.owner)).prospecting.inbox;
    await inbox.create({ name: "Мария Соколова", company: "Кофейня", phone: "8 (926) 555-12-34" });
    for (const q of ["+7 926 555 12 34", "89265551234"]) {
      const result = await h.search(h.owner, q);
      const group = result.groups.find((g) => g.key === "prospecting.request");
      expect(group?.hits.map((hit) => [hit.label, hit.detail, hit.matched])).toEqual([
        ["Мария Соколова", "Кофейня", { field: "phone", value: "+79265551234" }],
      ]);
      expect(group?.hits[0]?.href).toMatch(/^\/leads\?request=req_/);
    }
    expect(labelsByGroup(await h.search(h.owner, "соколова"))["prospecting.request"]).toEqual([
      "Мария Соколова",
    ]);
  });

  it("keeps answering when a provider throws: its group reports the error, the rest still come", async () => {
    h = await searchHost([broken]);
    await (await h.as(h.owner)).firstSale.deals.create({ clientId: h.romashka.id, title: "Поставка" });
    const result = await h.search(h.owner, "ромашка");
    expect(result.groups.map((g) => [g.key, g.error, g.hits.length])).toEqual([
      ["core.client", null, 1],
      ["first-sale.deal", null, 1],
      ["broken", "failed", 0],
    ]);
    expect(result.groups.at(-1)?.name).toEqual({ en: "Broken", ru: "Сломанный" });
  });

  it("gives up on a provider that does not answer in time, answering with the others", async () => {
    h = await searchHost([stuck]);
    const search = searchOf(h.t.host, 20);
    const result = await search.query(await h.serviceContext(h.ownerActor), { q: "ромашка", limit: 5 });
    expect(result.groups.find((g) => g.key === "core.client")?.hits.map((hit) => hit.label)).toEqual([
      "ООО «Ромашка»",
    ]);
    expect(result.groups.find((g) => g.key === "stuck")).toMatchObject({ error: "timeout", hits: [] });
  });
});
