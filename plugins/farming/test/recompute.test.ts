import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buys, openTasks, today } from "./support/account-samples.ts";
import { newClient } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("a client late to buy", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  const lateTasks = async (clientId: string) =>
    (await openTasks(h, clientId)).items.filter(
      (t) => t.function === "farming" && t.title.includes("задерживается"),
    );

  async function monthlyBuyer() {
    const farmer = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", farmer);
    await buys(h, client.id, ["2026-01-12", "2026-02-11", "2026-03-13", "2026-04-12"]);
    return { farmer, client };
  }

  it("gets exactly one task for its farmer with the reason in the organisation's language", async () => {
    const { farmer, client } = await monthlyBuyer();
    await h.runJob("recompute");
    const tasks = await lateTasks(client.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      assigneeId: farmer.id,
      title: "Повторный заказ задерживается: ООО Ромашка",
      note: "покупает примерно раз в 30 дней; с последнего заказа прошло 50 дней",
    });
    const widget = await (await h.as(h.owner)).farming.accounts.client({ clientId: client.id });
    expect(widget.account?.nextPurchase).toMatchObject({
      intervalDays: 30,
      expectedOn: "2026-05-12",
      lateDays: 20,
    });

    await h.runJob("recompute");
    today(h, "2026-06-02");
    await h.runJob("recompute");
    expect(await lateTasks(client.id)).toHaveLength(1);
  });

  it("is cleared by a new order, and a later lateness raises a new task", async () => {
    const { client } = await monthlyBuyer();
    await h.runJob("recompute");
    await buys(h, client.id, ["2026-06-01"]);
    const api = (await h.as(h.owner)).farming.accounts;
    expect((await api.client({ clientId: client.id })).account?.nextPurchase).toMatchObject({
      lastOrderOn: "2026-06-01",
      lateDays: null,
    });
    await h.runJob("recompute");
    expect(await lateTasks(client.id)).toHaveLength(1);

    today(h, "2026-08-01");
    await h.runJob("recompute");
    expect((await api.client({ clientId: client.id })).account?.nextPurchase.lateDays).not.toBeNull();
    expect(await lateTasks(client.id)).toHaveLength(2);
  });

  it("raises nothing without a farmer, and the task once a farmer takes the client", async () => {
    const client = await newClient(h, "ООО Без фермера");
    await buys(h, client.id, ["2026-01-12", "2026-02-11", "2026-03-13", "2026-04-12"]);
    await h.runJob("recompute");
    expect(await lateTasks(client.id)).toHaveLength(0);
    const farmer = await h.member("Фёдор", "member");
    await (await h.core()).core.clients.setOwner({
      clientId: client.id,
      function: "farming",
      userId: farmer.id,
    });
    await h.runJob("recompute");
    expect((await lateTasks(client.id)).map((t) => t.assigneeId)).toEqual([farmer.id]);
  });

  it("handles each payment event once: a redelivery changes nothing", async () => {
    today(h, "2026-04-20");
    const { client } = await monthlyBuyer();
    const api = (await h.as(h.owner)).farming.accounts;
    const before = (await api.client({ clientId: client.id })).account;
    const [payment] = (await h.outbox("core.payment.received")).slice(-1);
    today(h, "2026-06-01");
    await h.redeliver(payment?.id ?? "");
    await h.deliver();
    expect((await api.client({ clientId: client.id })).account).toEqual(before);
    expect(await lateTasks(client.id)).toHaveLength(0);
    await h.runJob("recompute");
    expect(await lateTasks(client.id)).toHaveLength(1);
  });

  it("reclassifies the others from stored revenue when one client's payment moves the ABC line", async () => {
    const big = await newClient(h, "ООО Крупный");
    const small = await newClient(h, "ООО Малый");
    await buys(h, big.id, ["2026-05-01"], { amountMinor: 900_000 });
    await buys(h, small.id, ["2026-05-02"], { amountMinor: 100_000 });
    const api = (await h.as(h.owner)).farming.accounts;
    const classOf = async (clientId: string) => {
      const { account } = await api.client({ clientId });
      return [account?.abc, account?.cadence.days];
    };
    expect([await classOf(big.id), await classOf(small.id)]).toEqual([
      ["A", 14],
      ["B", 30],
    ]);
    await buys(h, small.id, ["2026-05-20"], { amountMinor: 9_000_000 });
    expect([await classOf(big.id), await classOf(small.id)]).toEqual([
      ["B", 30],
      ["A", 14],
    ]);
  });
});
