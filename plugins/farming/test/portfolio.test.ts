import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buys, ownFarmerRole } from "./support/account-samples.ts";
import { newClient, refusal } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost, type TestUser } from "./support/farming-host.ts";

describe("portfolios", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  async function twoFarmers() {
    const role = await ownFarmerRole(h);
    const fedor = await h.member("Фёдор", role);
    const irina = await h.member("Ирина", role);
    const head = await h.member("Галина", "head-of-sales");
    const a = await newClient(h, "ООО Альфа", fedor);
    const b = await newClient(h, "ООО Бета", fedor);
    const c = await newClient(h, "ООО Гамма", irina);
    const d = await newClient(h, "ООО Дельта");
    await buys(h, a.id, ["2026-05-20"], { amountMinor: 900_000 });
    await buys(h, b.id, ["2026-02-01", "2026-03-01", "2026-04-01"], { amountMinor: 10_000 });
    await buys(h, c.id, ["2026-05-25"], { amountMinor: 50_000 });
    await buys(h, d.id, ["2026-05-28"], { amountMinor: 20_000 });
    return { fedor, irina, head, a, b, c, d };
  }

  const names = async (user: TestUser, input: { farmerId?: string } = {}) =>
    (await (await h.as(user)).farming.accounts.portfolio(input)).items.map((i) => i.clientName);

  it("shows a farmer with record scope own only their own clients, whatever they ask", async () => {
    const { fedor, irina } = await twoFarmers();
    expect(await names(fedor)).toEqual(["ООО Альфа", "ООО Бета"]);
    expect(await names(fedor, { farmerId: irina.id })).toEqual(["ООО Альфа", "ООО Бета"]);
    expect(await names(irina)).toEqual(["ООО Гамма"]);
    const api = (await h.as(fedor)).farming.accounts;
    expect((await refusal(api.client({ clientId: (await newClient(h, "ООО Чужой")).id }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("shows a head of sales everyone, one farmer's clients, or the unassigned, with classes and health", async () => {
    const { head, fedor } = await twoFarmers();
    expect(await names(head)).toEqual(["ООО Альфа", "ООО Гамма", "ООО Бета", "ООО Дельта"]);
    expect(await names(head, { farmerId: fedor.id })).toEqual(["ООО Альфа", "ООО Бета"]);
    expect(await names(head, { farmerId: "unassigned" })).toEqual(["ООО Дельта"]);
    const page = await (await h.as(head)).farming.accounts.portfolio({ sort: "name", limit: 2, search: "а" });
    expect(page.total).toBe(4);
    expect(page.items.map((i) => [i.clientName, i.abc, i.revenue12mMinor, i.farmerId])).toEqual([
      ["ООО Альфа", "A", 900_000, fedor.id],
      ["ООО Бета", "C", 30_000, fedor.id],
    ]);
  });

  it("compares the farmers", async () => {
    const { head, fedor, irina } = await twoFarmers();
    const { items } = await (await h.as(head)).farming.accounts.farmers();
    expect(items).toEqual([
      {
        farmerId: fedor.id,
        name: "Фёдор",
        clients: 2,
        revenue12mMinor: 930_000,
        overdue: 1,
        late: 1,
        atRisk: 0,
        withinCadenceShare: 0.5,
      },
      expect.objectContaining({ farmerId: irina.id, clients: 1, revenue12mMinor: 50_000, overdue: 0 }),
      expect.objectContaining({ farmerId: null, name: null, clients: 1 }),
    ]);
  });

  it("moves clients to another farmer through core's handoff, and the portfolio follows on acceptance", async () => {
    const { head, fedor, irina, a, b } = await twoFarmers();
    const api = (await h.as(head)).farming.accounts;
    const moved = await api.move({
      clientIds: [a.id, b.id],
      toFarmerId: irina.id,
      note: "Ирина ведёт отрасль",
    });
    expect(moved.moved.map((m) => [m.clientId, m.fromFarmerId])).toEqual([
      [a.id, fedor.id],
      [b.id, fedor.id],
    ]);
    expect(moved.skipped).toEqual([]);
    const again = await api.move({ clientIds: [a.id], toFarmerId: irina.id, note: "Ещё раз" });
    expect(again.skipped).toEqual([{ clientId: a.id, reason: "already-requested" }]);

    const [handoff] = (await (await h.core()).core.handoffs.forClient({ clientId: a.id })).items;
    expect(handoff).toMatchObject({ fromFunction: "farming", toFunction: "farming", receiverId: irina.id });
    await (await h.core(irina)).core.handoffs.accept({ handoffId: handoff?.id ?? "" });
    await h.deliver();
    expect(await names(irina)).toEqual(["ООО Альфа", "ООО Гамма"]);
    expect(await names(fedor)).toEqual(["ООО Бета"]);
    const audit = await (await h.core()).core.audit.list({ action: "farming.portfolio.move" });
    expect(audit.items).toHaveLength(2);
  });

  it("refuses a move to someone who is not a member, naming the field, and writes nothing", async () => {
    const { head, a } = await twoFarmers();
    const api = (await h.as(head)).farming.accounts;
    const refused = await refusal(api.move({ clientIds: [a.id], toFarmerId: "usr_nobody", note: "x" }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { toFarmerId: expect.any(String) } });
    const bad = await refusal(api.move({ clientIds: [a.id, "cli_missing"], toFarmerId: head.id, note: "x" }));
    expect(bad).toMatchObject({ code: "NOT_FOUND", fields: { "clientIds.1": "No such client" } });
    expect((await (await h.core()).core.handoffs.forClient({ clientId: a.id })).items).toEqual([]);
  });
});

describe("the farmer's inputs", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  async function served() {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    const [orderId = ""] = await buys(h, client.id, ["2026-05-01", "2026-05-25"], { amountMinor: 300_000 });
    return { api: (await h.as(fedor)).farming.accounts, client, orderId };
  }

  it("sets a client's own cadence and goes back to the rules, recomputing the due date", async () => {
    const { api, client } = await served();
    expect(await api.setCadence({ clientId: client.id, days: 3 })).toEqual({
      clientId: client.id,
      days: 3,
      source: "override",
      overrideDays: 3,
      dueOn: "2026-05-04",
      overdue: true,
    });
    expect(await api.setCadence({ clientId: client.id, days: null })).toMatchObject({
      days: 14,
      source: "rule",
      overrideDays: null,
      dueOn: "2026-05-15",
    });
    const refused = await refusal(api.setCadence({ clientId: client.id, days: 0 }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { days: "At least 1 day" } });
  });

  it("records the potential for share of wallet", async () => {
    const { api, client } = await served();
    expect(await api.setPotential({ clientId: client.id, amountMinor: 2_400_000 })).toEqual({
      clientId: client.id,
      potentialMinor: 2_400_000,
      currency: "RUB",
      shareOfWallet: 0.25,
    });
    expect((await api.client({ clientId: client.id })).account).toMatchObject({ potentialMinor: 2_400_000 });
    const refused = await refusal(api.setPotential({ clientId: client.id, amountMinor: -1 }));
    expect(refused.fields).toEqual({ amountMinor: "Cannot be negative" });
    const fresh = await newClient(h, "ООО Новый", await h.member("Ирина", "member"));
    const notServed = await refusal(
      (await h.as(h.owner)).farming.accounts.setPotential({ clientId: fresh.id, amountMinor: 1 }),
    );
    expect(notServed).toMatchObject({
      code: "PRECONDITION_FAILED",
      fields: { clientId: expect.any(String) },
    });
  });

  it("marks an order as a project: the client climbs the ladder, and back", async () => {
    const { api, client, orderId } = await served();
    const marked = await api.markProject({ orderId, project: true });
    expect(marked).toEqual({
      orderId,
      clientId: client.id,
      project: true,
      maturity: { level: "project", reasons: [{ code: "project-order", params: {} }] },
    });
    expect((await api.markProject({ orderId, project: false, clientId: client.id })).maturity?.level).toBe(
      "single",
    );
    const missing = await refusal(api.markProject({ orderId: "ord_missing", project: true }));
    expect(missing).toMatchObject({ code: "NOT_FOUND", fields: { orderId: "No such order" } });
  });
});
