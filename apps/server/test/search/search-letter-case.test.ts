import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labelsByGroup, searchHost } from "./search-host.ts";

/**
 * SQLite folds ASCII case only: Cyrillic names are found whatever case they were typed or stored
 * in — the client list's search and global search, for clients, contacts, deals and requests.
 */
describe("search ignores the letter case of Cyrillic, both ways", () => {
  let h: Awaited<ReturnType<typeof searchHost>>;
  beforeAll(async () => {
    h = await searchHost();
    const api = await h.as(h.owner);
    const shouting = await api.core.clients.create({
      name: "ООО «ЛЮТИК»",
      contacts: [{ name: "СИДОРОВА АННА", phones: ["+7 903 111-22-33"] }],
    });
    await api.firstSale.deals.create({ clientId: h.romashka.id, title: "Поставка Ромашке" });
    await api.firstSale.deals.create({ clientId: shouting.id, title: "ПОСТАВКА ЛЮТИКУ" });
    await api.prospecting.inbox.create({ name: "Ёлкина Мария", company: "Цветы", phone: "+79161112233" });
  });
  afterAll(() => h.close());

  const clientList = async (search: string) =>
    (await (await h.as(h.owner)).core.clients.list({ search })).items.map((client) => client.name);
  const found = async (q: string) => labelsByGroup(await h.search(h.owner, q));

  it.each([
    ["ромашка", "ООО «Ромашка»"],
    ["РОМАШКА", "ООО «Ромашка»"],
    ["лютик", "ООО «ЛЮТИК»"],
    ["Лютик", "ООО «ЛЮТИК»"],
  ])("the client list finds %s: %s", async (q, name) => {
    expect(await clientList(q)).toEqual([name]);
    expect((await found(q))["core.client"]).toEqual([name]);
  });

  it.each([
    ["иван петров", "Иван Петров"],
    ["ИВАН", "Иван Петров"],
    ["сидорова", "СИДОРОВА АННА"],
    ["Анна", "СИДОРОВА АННА"],
  ])("global search finds the contact %s: %s", async (q, name) => {
    expect((await found(q))["core.contact"]).toEqual([name]);
  });

  it.each([
    ["поставка ромашке", ["Поставка Ромашке"]],
    ["ПОСТАВКА", ["ПОСТАВКА ЛЮТИКУ", "Поставка Ромашке"]],
    ["поставка", ["ПОСТАВКА ЛЮТИКУ", "Поставка Ромашке"]],
  ])("global search finds first sale's deals by %s", async (q, titles) => {
    expect((await found(q))["first-sale.deal"]?.toSorted()).toEqual(titles);
  });

  it.each(["ёлкина", "ЁЛКИНА", "мария"])("global search finds prospecting's request by %s", async (q) => {
    expect((await found(q))["prospecting.request"]).toHaveLength(1);
  });
});
