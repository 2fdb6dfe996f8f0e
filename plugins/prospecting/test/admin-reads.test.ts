import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { campaignOver, createClients } from "./support/calling-setup.ts";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";

describe("the reads the admin screens need", () => {
  let h: ProspectingHost;
  beforeEach(async () => {
    h = await prospectingHost({
      settings: { autoHandoffToFirstSale: false, qualifiedLeadsTargetPerWeek: 5 },
    });
  });
  afterEach(() => h.close());

  it("inbox.candidates ranks the clients a request may belong to, strongest first", async () => {
    const core = (await h.core(h.owner)).core;
    const same = await core.clients.create({ name: "ООО Ландыш", phones: ["+73431234567"] });
    await core.clients.create({ name: "ООО Незабудка", phones: ["+73439999999"] });
    const api = (await h.as(h.owner)).prospecting;
    const request = await api.inbox.create({ source: "phone", company: "Ландыш", phone: "8 343 123-45-67" });
    const candidates = await api.inbox.candidates({ requestId: request.id });
    expect(candidates[0]).toMatchObject({
      id: same.id,
      name: "ООО Ландыш",
      reasons: expect.arrayContaining(["phone"]),
    });
    expect(candidates.map((c) => c.name)).not.toContain("ООО Незабудка");
    await expect(api.inbox.candidates({ requestId: "req_missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists.preview counts the matching clients and those never called, and is for list managers only", async () => {
    const ids = await createClients(h, 3, "Свердловская область");
    const core = (await h.core(h.owner)).core;
    await core.clients.create({ name: "ООО Столица", phones: ["+74951234567"], region: "Москва" });
    const manager = await h.member("Мария", "head-of-sales");
    const { campaign } = await campaignOver(h, manager, [ids[0] ?? ""]);
    const api = (await h.as(manager)).prospecting;
    await api.queue.next({ campaignId: campaign.id });
    await api.queue.dispose({
      memberId: (await api.callScreen.current({}))?.memberId ?? "",
      disposition: "busy",
    });
    expect(await api.lists.preview({ filter: { region: "Свердловская область" } })).toEqual({
      matched: 3,
      neverCalled: 2,
      truncated: false,
    });
    const caller = await h.member("Иван", "caller");
    await expect(
      (await h.as(caller)).prospecting.lists.preview({ filter: { region: "Москва" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("stats.health gives the leg's readings to those who read stats, not to callers", async () => {
    const api = (await h.as(h.owner)).prospecting;
    const request = await api.inbox.create({ source: "phone", name: "Анна", phone: "+73431234567" });
    await api.inbox.qualify({ requestId: request.id });
    await api.inbox.create({ source: "phone", name: "Борис", phone: "+73431234568" });
    const readings = await api.stats.health();
    expect(readings.map((r) => r.key)).toEqual(["qualified-leads-week", "oldest-untriaged", "connect-rate"]);
    expect(readings[0]).toMatchObject({ value: 1, target: 5 });
    expect(readings[2]).toMatchObject({ value: null, status: "unknown" });
    const caller = await h.member("Иван", "caller");
    await expect((await h.as(caller)).prospecting.stats.health()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
