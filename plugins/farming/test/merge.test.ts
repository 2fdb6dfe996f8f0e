import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { offers } from "../src/db/schema.ts";
import { buys } from "./support/account-samples.ts";
import { newClient, sampleCatalog } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("merged clients", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  /** Decisions on offers as stored: client, category and status, by category. */
  async function decisions() {
    const handle = await h.t.host.orgs.get(h.orgId);
    return handle.db.all<{ client_id: string; category_id: string; status: string }>(
      sql`select client_id, category_id, status from farming_offers order by category_id, client_id`,
    );
  }

  /** Two accounts of one company, each with the farmer's inputs, a deal and decisions on offers. */
  async function duplicates() {
    const fedor = await h.member("Фёдор", "member");
    const { cable, pipes } = await sampleCatalog(h);
    const into = await newClient(h, "ООО Ромашка", fedor);
    const from = await newClient(h, "Ромашка ООО", fedor);
    await buys(h, into.id, ["2026-04-01"], { amountMinor: 100_000 });
    const [orderId = ""] = await buys(h, from.id, ["2026-05-01"], { amountMinor: 200_000 });
    const api = (await h.as(h.owner)).farming;
    await api.accounts.setCadence({ clientId: from.id, days: 7 });
    await api.accounts.setPotential({ clientId: from.id, amountMinor: 9_000_000 });
    await api.accounts.setPotential({ clientId: into.id, amountMinor: 3_000_000 });
    await api.accounts.markProject({ orderId, project: true });
    const deal = await api.deals.create({ clientId: from.id, kind: "upsell", amountMinor: 50_000 });
    await api.whitespace.dismiss({ clientId: from.id, categoryId: cable.id });
    await api.whitespace.dismiss({ clientId: into.id, categoryId: cable.id });
    await api.whitespace.dismiss({ clientId: from.id, categoryId: pipes.id });
    return { api, into, from, deal, cable, pipes };
  }

  async function merge(fromId: string, intoId: string) {
    await (await h.core()).core.clients.merge({ fromId, intoId });
    await h.deliver();
  }

  it("carries the account's inputs, deals, decisions and project marks to the surviving client", async () => {
    const { api, into, from, deal, cable, pipes } = await duplicates();
    await merge(from.id, into.id);
    const { account } = await api.accounts.client({ clientId: into.id });
    expect(account).toMatchObject({
      revenue12mMinor: 300_000,
      orders12m: 2,
      potentialMinor: 3_000_000,
      cadence: { days: 7, source: "override", overrideDays: 7 },
      maturity: { level: "project" },
    });
    expect((await api.deals.get({ dealId: deal.id })).deal.clientId).toBe(into.id);
    expect(await decisions()).toEqual(
      [
        { client_id: into.id, category_id: cable.id, status: "dismissed" },
        { client_id: into.id, category_id: pipes.id, status: "dismissed" },
      ].sort((a, b) => a.category_id.localeCompare(b.category_id)),
    );
    const names = (await api.accounts.portfolio({})).items.map((i) => i.clientName);
    expect(names).toEqual(["ООО Ромашка"]);
  });

  it("does it once: a redelivered merge recomputes nothing", async () => {
    const { api, into, from } = await duplicates();
    await merge(from.id, into.id);
    const before = await api.accounts.client({ clientId: into.id });
    const [event] = await h.outbox("core.client.merged");
    h.clock.advance(60_000);
    await h.redeliver(event?.id ?? "");
    await h.deliver();
    expect(await api.accounts.client({ clientId: into.id })).toEqual(before);
    expect((await api.deals.list({ clientId: into.id })).total).toBe(1);
  });

  it("keeps the merged client's accepted offer over the survivor's dismissal of the same category", async () => {
    const { into, from, cable, pipes } = await duplicates();
    const decided = { evidence: {}, decidedBy: h.owner.id, decidedAt: h.clock.now() };
    await h.write(async (scope) => {
      await scope.tx.delete(offers).where(sql`client_id = ${from.id} and category_id = ${cable.id}`);
      await scope.tx.insert(offers).values({
        ...decided,
        id: "ofr_accepted",
        clientId: from.id,
        categoryId: cable.id,
        status: "accepted",
        dealId: "deal_x",
      });
      await scope.tx.insert(offers).values({
        ...decided,
        id: "ofr_kept",
        clientId: into.id,
        categoryId: pipes.id,
        status: "accepted",
        dealId: "deal_y",
      });
    });
    await merge(from.id, into.id);
    const handle = await h.t.host.orgs.get(h.orgId);
    const rows = await handle.db.all<{ id: string; client_id: string; category_id: string }>(
      sql`select id, client_id, category_id from farming_offers order by id`,
    );
    expect(rows).toEqual([
      { id: "ofr_accepted", client_id: into.id, category_id: cable.id },
      { id: "ofr_kept", client_id: into.id, category_id: pipes.id },
    ]);
  });
});
