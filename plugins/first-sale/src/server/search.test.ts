import { type PluginHost, pluginHost } from "@quartet/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { firstSalePlugin } from "./index.ts";
import { firstSaleSearch } from "./search.ts";

describe("first sale's search provider", () => {
  let h: PluginHost<readonly [typeof firstSalePlugin]>;
  beforeEach(async () => {
    h = await pluginHost([firstSalePlugin]);
  });
  afterEach(() => h.close());

  const ctx = async () => (await h.serviceContext(h.ownerActor)) as Parameters<typeof firstSaleSearch>[0];
  const deal = async (clientName: string, title: string, phone?: string) => {
    const client = await (await h.core()).core.clients.create({
      name: clientName,
      phones: phone ? [phone] : [],
    });
    return (await h.as(h.owner)).firstSale.deals.create({ clientId: client.id, title });
  };

  it("finds deals by their client's name or phone and by words of their title, each saying how", async () => {
    const coffee = await deal("ООО «Ромашка»", "Поставка кофе", "+7 916 123-45-67");
    await deal("ООО «Василёк»", "Аренда склада");
    const hits = async (q: string) =>
      (await firstSaleSearch(await ctx(), q, 5)).map((hit) => [hit.label, hit.detail, hit.matched.field]);
    expect(await hits("ромашк")).toEqual([["Поставка кофе", "ООО «Ромашка»", "client"]]);
    expect(await hits("8 916 123 45 67")).toEqual([["Поставка кофе", "ООО «Ромашка»", "client"]]);
    expect(await hits("склад")).toEqual([["Аренда склада", "ООО «Василёк»", "title"]]);
    expect(await hits("Кофе")).toEqual([["Поставка кофе", "ООО «Ромашка»", "title"]]);
    const [hit] = await firstSaleSearch(await ctx(), "кофе", 5);
    expect(hit).toMatchObject({ href: `/deals/${coffee.id}`, permission: "first-sale.deals.read" });
  });

  it("keeps to the limit and finds nothing for a text nobody holds", async () => {
    for (const title of ["Поставка 1", "Поставка 2", "Поставка 3"]) await deal(`ООО ${title}`, title);
    expect(await firstSaleSearch(await ctx(), "поставка", 2)).toHaveLength(2);
    expect(await firstSaleSearch(await ctx(), "нет такого", 5)).toEqual([]);
  });
});
