import { type MessageRef, wordRef } from "@quartet/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { m } from "../src/contracts/messages.ts";
import { newClient, refusal, sampleCatalog } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("expansion deals: create, move, lose, reopen", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  const api = async () => (await h.as(h.owner)).farming.deals;

  it("opens a deal named after the client, in the first stage, for the client's farmer", async () => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Вектор", fedor);
    const deal = await (await api()).create({ clientId: client.id, kind: "upsell", amountMinor: 120_000 });
    expect(deal).toMatchObject({
      title: "ООО Вектор",
      clientName: "ООО Вектор",
      kind: "upsell",
      status: "open",
      stageKey: "idea",
      probability: 10,
      farmerId: fedor.id,
      farmerName: "Фёдор",
      amount: { amountMinor: 120_000, currency: "RUB" },
      weighted: { amountMinor: 12_000, currency: "RUB" },
      categoryId: null,
      expectedCloseOn: null,
    });
    const mine = await (await api()).create({
      clientId: (await newClient(h, "ИП Сидоров")).id,
      title: "Доп. объём",
      kind: "cross-sell",
      amountMinor: 0,
    });
    expect(mine).toMatchObject({ title: "Доп. объём", farmerId: h.owner.id });
  });

  it("moves through the company's stages with history, loses with a reason and reopens where it was", async () => {
    const client = await newClient(h, "ООО Вектор");
    const deals = await api();
    const deal = await deals.create({ clientId: client.id, kind: "upsell", amountMinor: 100_000 });
    h.clock.advance(60_000);
    const moved = await deals.move({ dealId: deal.id, stageKey: "proposal" });
    expect(moved).toMatchObject({ stageKey: "proposal", probability: 60, weighted: { amountMinor: 60_000 } });
    h.clock.advance(60_000);
    const lost = await deals.lose({ dealId: deal.id, reason: "competitor", note: " ушли к «Альфе» " });
    expect(lost).toMatchObject({ status: "lost", lostReason: "competitor", lostNote: "ушли к «Альфе»" });
    expect(await refusal(deals.move({ dealId: deal.id, stageKey: "idea" }))).toMatchObject({
      code: "CONFLICT",
      message: "The deal is lost: reopen it first",
    });
    h.clock.advance(60_000);
    const reopened = await deals.reopen({ dealId: deal.id });
    expect(reopened).toMatchObject({
      status: "open",
      stageKey: "proposal",
      lostReason: null,
      lostNote: null,
    });
    expect(await refusal(deals.reopen({ dealId: deal.id }))).toMatchObject({ code: "CONFLICT" });

    const page = await deals.get({ dealId: deal.id });
    expect(page.history.map((s) => [s.fromStage, s.toStage, s.actorName])).toEqual([
      [null, "idea", "Ольга"],
      ["idea", "proposal", "Ольга"],
      ["proposal", "lost", "Ольга"],
      ["lost", "proposal", "Ольга"],
    ]);
    expect(page.stages.map((s) => s.key)).toEqual(["idea", "discussion", "proposal", "agreement"]);

    const timeline = await (await h.core()).core.timeline.list({ clientId: client.id, function: "farming" });
    expect(timeline.items.map((a) => a.body).reverse()).toEqual([
      "Открыта сделка развития «ООО Вектор» (этап «Идея»)",
      "Сделка развития «ООО Вектор»: этап «Предложение»",
      "Сделка развития «ООО Вектор» проиграна: выбрали конкурента — ушли к «Альфе»",
      "Сделка развития «ООО Вектор» снова в работе (этап «Предложение»)",
    ]);
    expect(timeline.items[1]?.data).toEqual({
      code: "farming.deal.lost",
      params: { dealId: deal.id, title: "ООО Вектор", reason: "competitor", note: "ушли к «Альфе»" },
      text: expect.objectContaining({ key: m.dealLostNoted }),
    });
    const lostEntry = timeline.items[1]?.data as { text: MessageRef };
    expect(wordRef("en", lostEntry.text)).toBe(
      'Expansion deal "ООО Вектор" lost: chose a competitor — ушли к «Альфе»',
    );
  });

  it("changes an open deal's fields and refuses to change a lost one", async () => {
    const { cable } = await sampleCatalog(h);
    const deals = await api();
    const deal = await deals.create({
      clientId: (await newClient(h, "ООО Вектор")).id,
      kind: "upsell",
      amountMinor: 100_000,
    });
    const changed = await deals.update({
      dealId: deal.id,
      title: "Кабель на склад",
      kind: "cross-sell",
      categoryId: cable.id,
      amountMinor: 250_000,
      expectedCloseOn: "2026-07-15",
    });
    expect(changed).toMatchObject({
      title: "Кабель на склад",
      kind: "cross-sell",
      categoryId: cable.id,
      amount: { amountMinor: 250_000 },
      expectedCloseOn: "2026-07-15",
    });
    expect(await deals.update({ dealId: deal.id, categoryId: null })).toMatchObject({ categoryId: null });
    await deals.lose({ dealId: deal.id, reason: "no-budget" });
    expect(await refusal(deals.update({ dealId: deal.id, amountMinor: 1 }))).toMatchObject({
      code: "CONFLICT",
    });
    expect((await deals.get({ dealId: deal.id })).deal.amount.amountMinor).toBe(250_000);
  });

  it("names the field at fault and writes nothing", async () => {
    const deals = await api();
    const client = await newClient(h, "ООО Вектор");
    const base = { clientId: client.id, kind: "upsell" as const, amountMinor: 1_000 };
    expect(await refusal(deals.create({ ...base, categoryId: "cat_nope" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { categoryId: "Choose a category of the catalog" },
    });
    expect(await refusal(deals.create({ ...base, clientId: "cli_nope" }))).toMatchObject({
      code: "NOT_FOUND",
      fields: { clientId: "No such client" },
    });
    expect(await refusal(deals.create({ ...base, stageKey: "won" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { stageKey: "Choose one of idea, discussion, proposal, agreement" },
    });
    expect(await refusal(deals.create({ ...base, farmerId: "usr_nope" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { farmerId: "Not a member of the organisation" },
    });
    expect(await refusal(deals.create({ ...base, amountMinor: -5 }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { amountMinor: "Cannot be negative" },
    });
    expect((await deals.list({})).total).toBe(0);

    const deal = await deals.create(base);
    expect(await refusal(deals.lose({ dealId: deal.id, reason: "other", note: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { note: "Say in a few words why the deal was lost" },
    });
    const weather = deals.lose({ dealId: deal.id, reason: "weather" as "price" });
    expect(await refusal(weather)).toMatchObject({
      code: "BAD_REQUEST",
      fields: { reason: expect.stringContaining("no-need") },
    });
    expect(await refusal(deals.move({ dealId: deal.id, stageKey: "nope" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { stageKey: expect.any(String) },
    });
    expect(await refusal(deals.get({ dealId: "deal_nope" }))).toMatchObject({
      code: "NOT_FOUND",
      fields: { dealId: "No such deal" },
    });
    const badLine = deals.issueInvoice({ dealId: deal.id, lines: [{ productId: "prd_nope", quantity: 1 }] });
    expect(await refusal(badLine)).toMatchObject({
      code: "BAD_REQUEST",
      fields: { "lines.0.productId": "No such product" },
    });
    expect(await refusal(deals.issueInvoice({ dealId: deal.id, lines: [] }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { lines: "Add at least one line" },
    });
    const page = await deals.get({ dealId: deal.id });
    expect(page.deal).toMatchObject({
      status: "open",
      stageKey: "idea",
      orderId: null,
      amount: { amountMinor: 1_000 },
    });
    expect(page.history).toHaveLength(1);
    const orders = await (await h.core()).core.orders.list({ clientId: client.id });
    expect(orders.items).toEqual([]);
  });

  it("shows the same sums on the board as in the list, for everybody and for one farmer", async () => {
    const fedor = await h.member("Фёдор", "member");
    const deals = await api();
    const vector = await newClient(h, "ООО Вектор", fedor);
    const sidorov = await newClient(h, "ИП Сидоров");
    const open = async (clientId: string, amountMinor: number, stageKey?: string) => {
      h.clock.advance(1_000);
      return deals.create({ clientId, kind: "upsell", amountMinor, ...(stageKey && { stageKey }) });
    };
    await open(vector.id, 100_000);
    await open(vector.id, 33_333, "proposal");
    await open(sidorov.id, 50_000, "proposal");
    await open(sidorov.id, 80_000, "agreement");
    const gone = await open(vector.id, 1_000_000);
    await deals.lose({ dealId: gone.id, reason: "timing" });

    const all = await deals.board({});
    expect(all.columns.map((c) => [c.stage.key, c.count, c.sum.amountMinor, c.weighted.amountMinor])).toEqual(
      [
        ["idea", 1, 100_000, 10_000],
        ["discussion", 0, 0, 0],
        ["proposal", 2, 83_333, 50_000],
        ["agreement", 1, 80_000, 64_000],
      ],
    );
    expect(all.totals).toMatchObject({
      count: 4,
      sum: { amountMinor: 263_333, currency: "RUB" },
      weighted: { amountMinor: 124_000, currency: "RUB" },
    });
    expect(all.columns[2]?.deals.map((d) => [d.clientName, d.title, d.farmerName])).toEqual([
      ["ООО Вектор", "ООО Вектор", "Фёдор"],
      ["ИП Сидоров", "ИП Сидоров", "Ольга"],
    ]);
    const list = await deals.list({ status: "open" });
    expect([list.total, list.sum]).toEqual([all.totals.count, all.totals.sum]);

    const his = await deals.board({ farmerId: fedor.id });
    const hisList = await deals.list({ status: "open", farmerId: fedor.id });
    expect([his.totals.count, his.totals.sum.amountMinor]).toEqual([2, 133_333]);
    expect([hisList.total, hisList.sum]).toEqual([his.totals.count, his.totals.sum]);
    const mine = await deals.board({ mine: true });
    expect(mine.totals.sum.amountMinor).toBe(130_000);

    const everything = await deals.list({ limit: 2 });
    expect(everything).toMatchObject({ total: 5, sum: { amountMinor: 1_263_333 } });
    const next = await deals.list({ limit: 2, cursor: everything.nextCursor ?? "" });
    const last = await deals.list({ limit: 2, cursor: next.nextCursor ?? "" });
    const ids = [...everything.items, ...next.items, ...last.items].map((d) => d.id);
    expect(new Set(ids).size).toBe(5);
    expect(last.nextCursor).toBeNull();
  });

  it("finds deals by a part of the title whatever the case, in Cyrillic too, a page at a time", async () => {
    const client = await newClient(h, "ООО Вектор");
    const deals = await api();
    const open = async (title: string) => {
      h.clock.advance(1_000);
      return deals.create({ clientId: client.id, title, kind: "upsell", amountMinor: 10_000 });
    };
    const [first, , third] = [
      await open("Поставка кабеля"),
      await open("Монтаж щитов"),
      await open("ПОСТАВКА ТРУБ"),
    ];
    const page = await deals.list({ search: "поставка", limit: 1 });
    expect(page.items.map((d) => d.title)).toEqual(["ПОСТАВКА ТРУБ"]);
    expect(page.total).toBe(2);
    const next = await deals.list({ search: "поставка", limit: 1, cursor: page.nextCursor ?? "" });
    expect(next.items.map((d) => d.id)).toEqual([first.id]);
    expect(next.nextCursor).toBeNull();
    await deals.update({ dealId: third.id, title: "Ёлочные гирлянды" });
    expect((await deals.list({ search: "ЕЛОЧ" })).items.map((d) => d.id)).toEqual([third.id]);
    expect((await deals.list({ search: "поставка" })).items.map((d) => d.id)).toEqual([first.id]);
  });
});
