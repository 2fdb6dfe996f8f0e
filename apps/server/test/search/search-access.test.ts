import { corePermissions } from "@quartet/core";
import { afterEach, describe, expect, it } from "vitest";
import { addMember, callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { labelsByGroup, searchHost } from "./search-host.ts";

let h: Awaited<ReturnType<typeof searchHost>>;
afterEach(() => h?.close());

const clientsRead = corePermissions.clientsRead.id;
const everything = [clientsRead, "first-sale.deals.read", "prospecting.inbox.read"];

describe("core.search.query: who sees what", () => {
  it("shows an own-scope member only their clients and those clients' deals", async () => {
    h = await searchHost();
    const own = await h.memberWith("Олег", everything, "own");
    const owner = (await h.as(h.owner)).core;
    await owner.clients.setOwner({ clientId: h.romb.id, function: "first-sale", userId: own.id });
    const deals = (await h.as(h.owner)).firstSale.deals;
    await deals.create({ clientId: h.romashka.id, title: "Поставка Ромашке" });
    await deals.create({ clientId: h.romb.id, title: "Поставка Ромбу" });
    const seen = labelsByGroup(await h.search(own, "ром"));
    expect(seen["core.client"]).toEqual(["ООО «Ромб»"]);
    expect(seen["first-sale.deal"]).toEqual(["Поставка Ромбу"]);
    const byPhone = await h.search(own, "8 916 123 45 67");
    expect(byPhone.groups.flatMap((g) => g.hits)).toEqual([]);
    expect(labelsByGroup(await h.search(h.owner, "поставка"))["first-sale.deal"]).toHaveLength(2);
    expect(labelsByGroup(await h.search(own, "поставка"))["first-sale.deal"]).toEqual(["Поставка Ромбу"]);
  });

  it("gives a member without a plugin's permission no hits from it", async () => {
    h = await searchHost();
    await (await h.as(h.owner)).firstSale.deals.create({ clientId: h.romashka.id, title: "Поставка" });
    await (await h.as(h.owner)).prospecting.inbox.create({
      name: "Ромашка, отдел закупок",
      phone: "+79161234567",
    });
    const noDeals = await h.memberWith("Нина", [clientsRead, "prospecting.inbox.read"]);
    expect(Object.keys(labelsByGroup(await h.search(noDeals, "ромашка")))).toEqual([
      "core.client",
      "prospecting.request",
    ]);
    const noInbox = await h.memberWith("Петя", [clientsRead, "first-sale.deals.read"]);
    expect(Object.keys(labelsByGroup(await h.search(noInbox, "ромашка")))).toEqual([
      "core.client",
      "first-sale.deal",
    ]);
  });

  it("refuses a member who may not read clients", async () => {
    h = await searchHost();
    const blind = await h.memberWith("Вера", ["first-sale.deals.read"]);
    await expect(h.search(blind, "ром")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never shows another organisation's clients, deals or requests", async () => {
    h = await searchHost();
    const boris = await createUser(h.t, "Борис", "boris@example.com");
    const other = await orgOwnedBy(h.t, boris, "ООО Другая");
    const theirs = (await callerFor(h.t, boris, other.id)).core;
    await theirs.clients.create({ name: "ООО «Ромашка-2»", phones: ["+7 916 123-45-67"] });
    const mine = await h.search(h.owner, "ромашка");
    expect(labelsByGroup(mine)["core.client"]).toEqual(["ООО «Ромашка»"]);
    expect(labelsByGroup(await h.search(h.owner, "+7 916 123-45-67"))["core.client"]).toEqual([
      "ООО «Ромашка»",
    ]);
    await addMember(h.t, other.id, boris, h.owner, "head-of-sales");
    const asBorisOrg = await (await callerFor(h.t, h.owner, other.id)).core.search.query({ q: "ромашка" });
    expect(labelsByGroup(asBorisOrg)["core.client"]).toEqual(["ООО «Ромашка-2»"]);
  });
});
