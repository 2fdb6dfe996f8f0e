import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { newClient } from "./support/samples.ts";

describe("deal search takes what is typed literally", () => {
  let h: FirstSaleHost;
  beforeAll(async () => {
    h = await firstSaleHost();
    const client = await newClient(h);
    const api = (await h.as(h.owner)).firstSale;
    for (const title of ["Скидка 50% на сыр", "Сыр_оптом", "Сыр оптом", "Сыр\\кг"])
      await api.deals.create({ clientId: client.id, title });
  });
  afterAll(() => h.close());

  it.each([
    ["%", ["Скидка 50% на сыр"]],
    ["_", ["Сыр_оптом"]],
    ["\\", ["Сыр\\кг"]],
    ["сыр", ["Скидка 50% на сыр"]],
    ["Сыр оптом", ["Сыр оптом"]],
  ])("%s finds only the deals containing it", async (search, titles) => {
    const { items } = await (await h.as(h.owner)).firstSale.deals.list({ search });
    expect(items.map((d) => d.title).sort()).toEqual(titles.sort());
  });
});
