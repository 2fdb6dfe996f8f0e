import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { lead, newClient } from "./support/samples.ts";

describe("a lead qualified in prospecting becomes exactly one deal", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost();
  });
  afterEach(() => h.close());

  const dealsOf = async (clientId: string) =>
    (await (await h.as(h.owner)).firstSale.deals.list({ clientId })).items;

  it("in the default pipeline's first stage, for the hunter the assignment engine picks", async () => {
    const ivan = await h.member("Иван", "member");
    const staffing = (await h.core()).core.staffing;
    await staffing.assign({ userId: ivan.id, function: "first-sale" });
    await staffing.unassign({ userId: h.owner.id, function: "first-sale" });
    const client = await newClient(h);
    const qualifiedAt = Date.UTC(2026, 0, 10);
    await h.emitLead(lead(client.id, "req_1", qualifiedAt));
    await h.deliver();

    const [deal, ...rest] = await dealsOf(client.id);
    expect(rest).toEqual([]);
    const [pipeline] = await (await h.as(h.owner)).firstSale.pipelines.list();
    expect(deal).toMatchObject({
      status: "open",
      hunterId: ivan.id,
      pipelineId: pipeline?.id,
      stageId: pipeline?.stages[0]?.id,
      leadRequestId: "req_1",
      leadQualifiedAt: qualifiedAt,
      source: "form:Сайт",
      title: "ООО Ромашка",
    });
    const got = await (await h.core()).core.clients.get({ id: client.id });
    expect(got.merged ? null : got.client.owners["first-sale"]).toBe(ivan.id);
    expect(got.merged ? null : got.client.stage).toBe("negotiation");
  });

  it("even when the event is delivered twice, or the lead is announced twice", async () => {
    const client = await newClient(h);
    const eventId = await h.emitLead(lead(client.id));
    await h.deliver();
    await h.redeliver(eventId);
    await h.deliver();
    expect(await h.attempts(eventId)).toEqual([2]);
    await h.emitLead(lead(client.id));
    await h.deliver();
    expect(await dealsOf(client.id)).toHaveLength(1);
    const dead = await (await h.core()).core.events.deadLetters();
    expect(dead).toEqual([]);
  });

  it("not at all when the organisation creates deals by hand", async () => {
    await h.settings({ autoCreateDealFromLead: false });
    const client = await newClient(h);
    await h.emitLead(lead(client.id));
    await h.deliver();
    expect(await dealsOf(client.id)).toEqual([]);
  });
});
