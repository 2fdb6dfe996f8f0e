import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { clientStage, handoffsTo, newClient, twoLines } from "./support/samples.ts";

describe("deal rules", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost();
  });
  afterEach(() => h.close());

  async function openDeal() {
    const client = await newClient(h);
    const api = (await h.as(h.owner)).firstSale;
    const deal = await api.deals.create({ clientId: client.id, lines: twoLines });
    const [pipeline] = await api.pipelines.list();
    const stage = (kind: string, i = 0) => pipeline?.stages.filter((s) => s.kind === kind)[i]?.id ?? "";
    return { client, api, deal, stage };
  }

  it("refuses a deal for a client that does not exist", async () => {
    const api = (await h.as(h.owner)).firstSale;
    await expect(api.deals.create({ clientId: "cli_nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      cause: { fields: { clientId: "No such client" } },
    });
  });

  it("moves through stages with history, and counts the amount from the lines", async () => {
    const { api, deal, stage } = await openDeal();
    expect(deal.amount).toEqual({ amountMinor: 100_000, currency: "RUB" });
    await api.deals.moveStage({ dealId: deal.id, stageId: stage("open", 2) });
    const { deal: moved, history } = await api.deals.get({ dealId: deal.id });
    expect(moved.stageId).toBe(stage("open", 2));
    expect(history.map((x) => [x.fromStageId, x.toStageId])).toEqual([
      [null, stage("open", 0)],
      [stage("open", 0), stage("open", 2)],
    ]);
  });

  it("refuses to lose a deal without a reason, naming `reason`; with one it is lost, and can be reopened", async () => {
    const { api, deal, stage } = await openDeal();
    await api.deals.moveStage({ dealId: deal.id, stageId: stage("open", 1) });
    await expect(api.deals.moveStage({ dealId: deal.id, stageId: stage("lost") })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      // The choices are named in the organisation's language (Russian here), with the keys an API client sends.
      message: expect.stringContaining("needs a reason: give `reason`, one of price (Price too high)"),
      cause: { fields: { reason: expect.stringContaining("competitor") } },
    });
    await expect(
      api.deals.moveStage({ dealId: deal.id, stageId: stage("lost"), reason: "weather" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining('Unknown lost reason "weather"'),
    });
    expect((await api.deals.get({ dealId: deal.id })).deal.status).toBe("open");

    const lost = await api.deals.moveStage({
      dealId: deal.id,
      stageId: stage("lost"),
      reason: "price",
      note: "Дорого",
    });
    expect(lost).toMatchObject({ status: "lost", lostReason: "price", lostNote: "Дорого" });
    await expect(api.deals.moveStage({ dealId: deal.id, stageId: stage("open") })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("reopen it first"),
    });
    const reopened = await api.deals.reopen({ dealId: deal.id });
    expect(reopened).toMatchObject({ status: "open", stageId: stage("open", 1), lostReason: null });
  });

  it("refuses to mark a deal won against the rule, saying what is missing", async () => {
    const { api, deal, stage } = await openDeal();
    await api.deals.markContractSigned({ dealId: deal.id });
    await expect(api.deals.moveStage({ dealId: deal.id, stageId: stage("won") })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message:
        "The deal cannot be marked won: the organisation counts a sale when it is paid in full, and 0 % is paid",
      cause: { details: { rule: { kind: "full-payment" }, paidShare: 0, contractSigned: true } },
    });
    expect((await api.deals.get({ dealId: deal.id })).deal.status).toBe("open");
  });

  it("wins at the signed contract when that is the rule: customer and handover without a payment", async () => {
    await h.settings({ wonWhen: { kind: "contract-signed" } });
    const { client, api, deal } = await openDeal();
    const won = await api.deals.markContractSigned({ dealId: deal.id });
    expect(won).toMatchObject({ status: "won", wonBasis: "contract-signed" });
    expect(await clientStage(h, client.id)).toBe("customer");
    expect(await handoffsTo(h, client.id, "farming")).toHaveLength(1);
    const core = (await h.core()).core;
    const [change] = (await core.timeline.list({ clientId: client.id, types: ["stage-change"] })).items;
    expect(change).toMatchObject({
      body: `Переговоры → Покупатель: Сделка «${deal.title}» выиграна`,
      data: { reasonCode: "deal-won", reasonParams: { title: deal.title, dealId: deal.id } },
    });
    const invoice = await api.deals.issueInvoice({ dealId: deal.id });
    expect(invoice.total.amountMinor).toBe(100_000);
  });

  it("fixes the lines once the invoice is issued, and issues it once", async () => {
    const { api, deal } = await openDeal();
    await api.deals.issueInvoice({ dealId: deal.id });
    await expect(api.deals.setLines({ dealId: deal.id, lines: [] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(api.deals.issueInvoice({ dealId: deal.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rots without a next step, and stops when one is set", async () => {
    const { api, deal } = await openDeal();
    expect(deal.rotting).toEqual(["no-next-step"]);
    const next = await api.deals.setNextStep({ dealId: deal.id, text: "Позвонить", dueOn: "2026-02-01" });
    expect(next).toMatchObject({ rotting: [], nextStep: { text: "Позвонить", dueOn: "2026-02-01" } });
    expect((await api.deals.list({ rotting: true })).items).toEqual([]);
  });
});
