import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { roundTheClock } from "./support/calling-setup.ts";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";
import { coldCallScript } from "./support/samples.ts";

describe("call lists built from client filters", () => {
  let h: ProspectingHost;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    h = await prospectingHost();
    const core = (await h.core(h.owner)).core;
    const clients = [
      ["food-1", "Пищевое производство", "Свердловская область", ["выставка"]],
      ["food-2", "Пищевое производство", "Свердловская область", []],
      ["food-3", "Пищевое производство", "Москва", ["выставка"]],
      ["food-dnc", "Пищевое производство", "Свердловская область", []],
      ["it-1", "IT", "Свердловская область", ["выставка"]],
    ] as const;
    for (const [i, [key, industry, region, tags]] of clients.entries()) {
      const phone = `+7912${String(2_000_000 + i).padStart(7, "0")}`;
      ids[key] = (
        await core.clients.create({ name: `ООО ${key}`, phones: [phone], industry, region, tags: [...tags] })
      ).id;
    }
    await (await h.as(h.owner)).prospecting.dnc.add({ phone: "+79122000003", reason: "Просили не звонить" });
  });
  afterEach(() => h.close());

  it("puts every client matching the filters on the list, skipping do-not-call phones", async () => {
    const api = (await h.as(h.owner)).prospecting;
    const list = await api.lists.create({ name: "Пищевые", filter: { industry: "Пищевое производство" } });
    expect(list.added).toMatchObject({ added: 3, doNotCall: 1, alreadyListed: 0, truncated: false });
    const members = await api.lists.members({ listId: list.id });
    expect(members.map((m) => m.clientId).sort()).toEqual(
      [ids["food-1"], ids["food-2"], ids["food-3"]].sort(),
    );

    const more = await api.lists.addClients({
      listId: list.id,
      filter: { tag: "выставка", region: "Свердловская область" },
      clientIds: [ids["food-2"] ?? ""],
    });
    expect(more).toMatchObject({ added: 1, alreadyListed: 2 });
    expect((await api.lists.members({ listId: list.id })).map((m) => m.clientId)).toContain(ids["it-1"]);
  });

  it("with neverCalled, leaves out clients prospecting has called", async () => {
    const api = (await h.as(h.owner)).prospecting;
    const script = await api.scripts.create({ name: "Холодный", graph: coldCallScript });
    const first = await api.lists.create({ name: "Первый", clientIds: [ids["food-1"] ?? ""] });
    const campaign = await api.campaigns.create({
      name: "Весна",
      listId: first.id,
      scriptId: script.id,
      window: roundTheClock,
      maxAttempts: 3,
    });
    const screen = await api.queue.next({ campaignId: campaign.id });
    await api.queue.dispose({ memberId: screen?.memberId ?? "", disposition: "no-answer" });

    const list = await api.lists.create({
      name: "Не звонили",
      filter: { industry: "Пищевое производство" },
      neverCalled: true,
    });
    expect(list.added).toMatchObject({ added: 2, calledBefore: 1, doNotCall: 1 });
  });

  it("refuses an empty filter and a manager without the permission", async () => {
    const api = (await h.as(h.owner)).prospecting;
    await expect(api.lists.create({ name: "Все", filter: {} })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const list = await api.lists.create({ name: "Пустой" });
    await expect(api.lists.addClients({ listId: list.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const member = await (await h.as(await h.member("Игорь", "member"))).prospecting;
    await expect(
      member.lists.addClients({ listId: list.id, filter: { industry: "IT" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await api.lists.members({ listId: list.id })).toEqual([]);
  });
});
