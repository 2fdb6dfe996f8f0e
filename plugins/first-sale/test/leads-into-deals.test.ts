import { type Actor, salesFunctions } from "@quartet/core";
import { createCallerFactory } from "@quartet/core/trpc";
import { createProspectingPlugin } from "@quartet/prospecting/server";
import {
  addMember,
  buildAppRouter,
  createRequestContext,
  createTestHost,
  createUser,
  orgOwnedBy,
  sessionOf,
  type TestHost,
} from "@quartet/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstSalePlugin } from "../src/server/index.ts";

const prospecting = createProspectingPlugin();
const createCaller = createCallerFactory(buildAppRouter([prospecting, firstSalePlugin]));
type Person = Awaited<ReturnType<typeof createUser>>;

/**
 * Leads qualified while first sale was off become deals when it is enabled — in batches, once
 * each, for the specialist rather than the owner who still covers everything — and a deal opened
 * by hand links to one of its client's leads, which then shows its deal.
 */
describe("leads into deals", () => {
  let t: TestHost;
  let orgId: string;
  let owner: Person;
  let boris: Person;
  let vera: Person;
  const as = async (user: Person) => {
    const identity = await sessionOf(
      t,
      user,
    )(new Request("http://localhost/trpc", { headers: { "x-quartet-org": orgId } }));
    return createCaller(await createRequestContext(t.host, identity));
  };
  const ownerActor = (): Actor => ({
    kind: "user",
    id: owner.id,
    name: owner.name,
    role: "owner",
    permissions: new Set(["*"]),
  });
  const lead = async (company: string) => {
    const api = await as(owner);
    const request = await api.prospecting.inbox.create({ source: "manual", name: "Пётр", company });
    const qualified = await api.prospecting.inbox.qualify({ requestId: request.id });
    return { requestId: request.id, clientId: qualified.clientId };
  };

  beforeAll(async () => {
    t = await createTestHost({ plugins: [prospecting, firstSalePlugin] });
    owner = await createUser(t, "Ольга", "olga@example.com");
    orgId = (await orgOwnedBy(t, owner)).id;
    boris = await createUser(t, "Борис", "boris@example.com");
    vera = await createUser(t, "Вера", "vera@example.com");
    await addMember(t, orgId, owner, boris, "member");
    await addMember(t, orgId, owner, vera, "viewer");
    await t.host.lifecycle.enable(orgId, "prospecting", ownerActor());
    const api = await as(owner);
    for (const fn of salesFunctions) await api.core.staffing.assign({ userId: owner.id, function: fn });
    await api.core.staffing.assign({ userId: boris.id, function: "first-sale" });
  });
  afterAll(() => t.close());

  it("offers the leads qualified before first sale and turns them into one deal each, in batches", async () => {
    const leads = [await lead("ООО Альфа"), await lead("ООО Бета"), await lead("ООО Гамма")];
    await t.host.dispatcher.idle();
    await t.host.lifecycle.enable(orgId, "first-sale", ownerActor());
    const api = await as(owner);
    expect(await api.firstSale.leads.pending()).toEqual({ qualified: 3, withoutDeal: 3 });

    const first = await api.firstSale.leads.createDeals({ limit: 2 });
    expect(first).toMatchObject({ processed: 2, created: 2 });
    expect(first.nextCursor).not.toBeNull();
    expect(await api.firstSale.leads.pending()).toEqual({ qualified: 3, withoutDeal: 1 });
    const second = await api.firstSale.leads.createDeals({ after: first.nextCursor, limit: 2 });
    expect(second).toMatchObject({ processed: 1, created: 1, nextCursor: null });
    expect(await api.firstSale.leads.createDeals({ limit: 500 })).toMatchObject({ processed: 0, created: 0 });

    for (const { requestId, clientId } of leads) {
      const { items } = await api.firstSale.deals.list({ clientId });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ leadRequestId: requestId, hunterId: boris.id, status: "open" });
      expect(await api.firstSale.deals.ofLead({ leadRequestId: requestId })).toMatchObject({
        id: items[0]?.id,
      });
    }
    await expect((await as(vera)).firstSale.leads.createDeals({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const [handoff] = (await api.core.handoffs.forClient({ clientId: leads[0]?.clientId ?? "" })).items;
    expect(handoff).toMatchObject({
      receiverId: boris.id,
      assignmentReason: "specialist",
      note: "Квалифицированный лид, источник: внесена вручную",
    });
  });

  it("links a deal opened by hand to its client's lead, once", async () => {
    const api = await as(owner);
    const settings = { autoCreateDealFromLead: false };
    await api.core.plugins.updateSettings({ pluginId: "first-sale", settings });
    const mine = await lead("ООО Дельта");
    const other = await lead("ООО Эпсилон");
    await t.host.dispatcher.idle();
    expect(await api.firstSale.leads.ofClient({ clientId: mine.clientId })).toEqual([
      expect.objectContaining({ requestId: mine.requestId, channel: "manual" }),
    ]);

    const byHand = await api.firstSale.deals.create({ clientId: mine.clientId, title: "Поставка молока" });
    await expect(
      api.firstSale.deals.linkLead({ dealId: byHand.id, leadRequestId: other.requestId }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { leadRequestId: expect.any(String) } },
    });
    await expect(
      (await as(vera)).firstSale.deals.linkLead({ dealId: byHand.id, leadRequestId: mine.requestId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const linked = await api.firstSale.deals.linkLead({ dealId: byHand.id, leadRequestId: mine.requestId });
    expect(linked).toMatchObject({ leadRequestId: mine.requestId });
    expect(
      await api.firstSale.deals.linkLead({ dealId: byHand.id, leadRequestId: mine.requestId }),
    ).toMatchObject({
      leadRequestId: mine.requestId,
    });
    expect(await api.firstSale.leads.ofClient({ clientId: mine.clientId })).toEqual([]);
    expect(await api.firstSale.deals.ofLead({ leadRequestId: mine.requestId })).toMatchObject({
      id: byHand.id,
      title: "Поставка молока",
    });
    await expect(
      api.firstSale.deals.create({ clientId: mine.clientId, leadRequestId: mine.requestId }),
    ).rejects.toMatchObject({ code: "CONFLICT", cause: { fields: { leadRequestId: expect.any(String) } } });
    const withLead = await api.firstSale.deals.create({
      clientId: other.clientId,
      leadRequestId: other.requestId,
    });
    expect(withLead).toMatchObject({ leadRequestId: other.requestId });
    const timeline = await api.core.timeline.list({ clientId: mine.clientId });
    expect(timeline.items.map((e) => e.body)).toContainEqual(
      expect.stringContaining("Сделка «Поставка молока» связана с"),
    );
  });
});
