import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";
import { leadForm } from "./support/samples.ts";

/** The payloads of `prospecting.request.triaged` in the outbox, oldest first. */
async function triaged(h: ProspectingHost) {
  const handle = await h.t.host.orgs.get(h.orgId);
  const rows = await handle.db.all<{ payload: string }>(
    sql`select payload from core_outbox where name = 'prospecting.request.triaged' order by rowid`,
  );
  return rows.map((r) => JSON.parse(r.payload) as Record<string, unknown>);
}

describe("the inbox", () => {
  let h: ProspectingHost;
  beforeEach(async () => {
    h = await prospectingHost({ settings: { autoHandoffToFirstSale: false } });
  });
  afterEach(() => h.close());

  it("qualifies a request into a new client at the lead stage and emits prospecting.lead.qualified", async () => {
    const api = (await h.as(h.owner)).prospecting;
    const request = await api.inbox.create({
      source: "phone",
      name: "Анна",
      company: "ООО Ландыш",
      phone: "8 343 123-45-67",
    });
    const result = await api.inbox.qualify({ requestId: request.id });
    expect(result).toMatchObject({ created: true, handoffId: null });
    expect(await triaged(h)).toEqual([
      {
        requestId: request.id,
        clientId: result.clientId,
        outcome: "qualified",
        triagedBy: h.owner.id,
        receivedAt: expect.any(Number),
        triagedAt: expect.any(Number),
      },
    ]);
    const page = await (await h.core(h.owner)).core.clients.get({ id: result.clientId });
    expect(page).toMatchObject({
      client: { name: "ООО Ландыш", kind: "company", stage: "lead", phones: ["+73431234567"] },
    });
    const detail = await api.inbox.get({ requestId: request.id });
    expect(detail).toMatchObject({
      status: "qualified",
      qualifiedBy: h.owner.id,
      firstActionAt: expect.any(Number),
    });
  });

  it("links a request to the existing client with the same phone instead of creating a twin", async () => {
    const core = (await h.core(h.owner)).core;
    const existing = await core.clients.create({ name: "ООО Ландыш", phones: ["+73431234567"] });
    const api = (await h.as(h.owner)).prospecting;
    const request = await api.inbox.create({ source: "phone", name: "Анна", phone: "+7 343 123 45 67" });
    expect(await api.inbox.qualify({ requestId: request.id })).toMatchObject({
      clientId: existing.id,
      created: false,
    });
    const timeline = await core.timeline.list({ clientId: existing.id, types: ["stage-change"] });
    expect(timeline.items[0]).toMatchObject({
      body: "Потенциальный → Лид: Заявка квалифицирована (phone)",
      data: { reasonCode: "request-qualified", reasonParams: { source: "phone" } },
    });
  });

  it("names a web form's request by the form's name on the client's timeline, never by its slug", async () => {
    const api = (await h.as(h.owner)).prospecting;
    const form = await api.forms.create({ name: "Заявка с сайта", definition: leadForm });
    const request = await api.inbox.create({ source: form.source, name: "Анна", phone: "+7 343 765 43 21" });
    const { clientId } = await api.inbox.qualify({ requestId: request.id });
    const timeline = await (await h.core(h.owner)).core.timeline.list({ clientId });
    const bodies = timeline.items.map((item) => item.body);
    expect(bodies).toContain("Заявка квалифицирована: лид (форма «Заявка с сайта»)");
    expect(bodies.join("\n")).not.toContain("form:");
  });

  it("merges into a client without making a lead, and dismisses with a reason", async () => {
    const core = (await h.core(h.owner)).core;
    const existing = await core.clients.create({ name: "ООО Ромашка", phones: ["+73431112233"] });
    const api = (await h.as(h.owner)).prospecting;
    const repeat = await api.inbox.create({ source: "phone", message: "Когда доставка?" });
    await api.inbox.merge({ requestId: repeat.id, clientId: existing.id });
    expect(await core.clients.get({ id: existing.id })).toMatchObject({ client: { stage: "prospect" } });
    const spam = await api.inbox.create({ source: "phone", message: "Купите рекламу" });
    await expect(api.inbox.dismiss({ requestId: spam.id, reason: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await api.inbox.dismiss({ requestId: spam.id, reason: "Спам" });
    expect((await api.inbox.list({ status: "dismissed" })).items).toEqual([
      expect.objectContaining({ id: spam.id, firstActionAt: expect.any(Number) }),
    ]);
    expect((await api.inbox.list({})).items).toEqual([]);
    expect(await triaged(h)).toEqual([
      expect.objectContaining({ requestId: repeat.id, clientId: existing.id, outcome: "merged" }),
      expect.objectContaining({
        requestId: spam.id,
        clientId: null,
        outcome: "dismissed",
        triagedBy: h.owner.id,
      }),
    ]);
  });

  it("reports stats per source and prospecting's health", async () => {
    const api = (await h.as(h.owner)).prospecting;
    const a = await api.inbox.create({ source: "phone", name: "A", phone: "+73431000001" });
    await api.inbox.create({ source: "phone", name: "B", phone: "+73431000002" });
    await api.inbox.qualify({ requestId: a.id });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const stats = await api.stats.sources({ from: day(-1), to: day(1) });
    expect(stats).toEqual([
      expect.objectContaining({ source: "phone", requests: 2, leads: 1, conversion: 0.5 }),
    ]);
    const plugin = h.t.host.registry.get("prospecting");
    const runtime = await h.t.host.runtime(h.orgId);
    const settings = await h.t.host.settingsOf(h.orgId, "prospecting");
    const ctx = h.t.host.serviceContext({
      org: runtime,
      actor: h.ownerActor,
      clock: h.t.host.clock,
      logger: h.t.host.logger,
      settings,
    });
    const readings = await plugin?.health?.(ctx);
    expect(readings?.map((r) => [r.key, r.value])).toEqual([
      ["qualified-leads-week", 1],
      ["oldest-untriaged", expect.any(Number)],
      ["connect-rate", null],
    ]);
  });

  it("lists untriaged requests of clients in core tier vip first, then the rest oldest first", async () => {
    const core = (await h.core(h.owner)).core;
    const vip = await core.clients.create({ name: "ООО Золото" });
    const standard = await core.clients.create({ name: "ООО Обычный" });
    const handle = await h.t.host.orgs.get(h.orgId);
    await handle.db.run(sql`update core_clients set tier = 'vip' where id = ${vip.id}`);
    const api = (await h.as(h.owner)).prospecting;
    const older = await api.inbox.create({ source: "phone", message: "Обычная заявка" });
    const other = await api.inbox.create({ source: "phone", message: "Ещё одна" });
    const newer = await api.inbox.create({ source: "phone", message: "Срочно" });
    // linked as a campaign call links its request to the client called
    const link = (id: string, clientId: string) =>
      handle.db.run(sql`update prospecting_requests set client_id = ${clientId} where id = ${id}`);
    await link(other.id, standard.id);
    await link(newer.id, vip.id);
    const ids = (await api.inbox.list({})).items.map((r) => r.id);
    expect(ids).toEqual([newer.id, older.id, other.id]);
    const first = await api.inbox.list({ limit: 1 });
    const second = await api.inbox.list({ limit: 1, cursor: first.nextCursor });
    const third = await api.inbox.list({ limit: 1, cursor: second.nextCursor });
    expect([first, second, third].map((p) => p.items[0]?.id)).toEqual([newer.id, older.id, other.id]);
    expect(third.nextCursor).toBeNull();
  });
});
