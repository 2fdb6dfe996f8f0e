import { addDays, localDate, validateInn } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoResult, runDemo } from "../../src/demo/run-demo.ts";
import { type DemoUser, demoStage } from "../../src/demo/stage.ts";
import { signUp } from "../../src/demo/team.ts";
import { installedPlugins } from "../../src/plugins.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const dayMs = 86_400_000;

describe("quartet demo fills a new organisation through the platform's own write paths", () => {
  let t: TestHost;
  let demo: DemoResult;
  let second: DemoResult;
  beforeAll(async () => {
    t = await createTestHost({ plugins: installedPlugins });
    const owner = await signUp(t.host, "Демо Владелец", "owner@demo.quartet.local", "demo-password-1");
    const options = {
      owner,
      name: "Квартет Снаб",
      seed: 7,
      size: "small" as const,
      password: "demo-password-1",
    };
    demo = await runDemo(t.host, options);
    second = await runDemo(t.host, { ...options, name: "Квартет Снаб 2" });
  }, 120_000);
  afterAll(() => t.close());

  /** A caller of the full router (core and the four legs) for `user` in `orgId`. */
  const as = (user: DemoUser, orgId: string) => demoStage(t.host, orgId).as(user);
  const owner = () => as(demo.team.owner, demo.orgId);

  it("creates a Russian organisation with its team, staffed with daily limits", async () => {
    const api = (await owner()).core;
    expect(await api.org.get()).toMatchObject({
      locale: "ru",
      defaultCurrency: "RUB",
      timeZone: "Europe/Moscow",
    });
    const members = await api.members.list();
    expect(members.map((m) => m.role).sort()).toEqual(
      ["caller", "caller", "head-of-sales", "member", "member", "member", "owner"].sort(),
    );
    const { legs } = await api.staffing.coverage();
    for (const leg of legs) expect(leg.people.length, leg.function).toBeGreaterThan(0);
    expect(legs.find((l) => l.function === "farming")?.people[0]?.capacityPerDay).toBe(2);
  });

  it("enables the four legs, each with data in it", async () => {
    const api = await owner();
    const plugins = (await api.core.plugins.list()).plugins;
    for (const id of ["prospecting", "first-sale", "farming", "vip"]) {
      expect(plugins.find((p) => p.id === id)?.state, id).toBe("enabled");
    }
    expect((await api.prospecting.scripts.list()).length).toBeGreaterThan(0);
    const lists = await api.prospecting.lists.list();
    expect(lists.length).toBeGreaterThan(0);
    const deals = (await api.firstSale.deals.list({ limit: 200 })).items;
    expect(new Set(deals.map((d) => d.stageId)).size).toBeGreaterThanOrEqual(3);
    expect(deals.some((d) => d.status === "won")).toBe(true);
    expect(deals.some((d) => d.status === "lost")).toBe(true);
    const withProposals = await Promise.all(deals.map((d) => api.firstSale.proposals.list({ dealId: d.id })));
    expect(withProposals.flat().length).toBeGreaterThan(0);
    const portfolio = (await api.farming.accounts.portfolio({})).items;
    expect(portfolio.length).toBeGreaterThan(10);
    const vip = (await api.vip.clients.list({})).items;
    expect(vip.filter((c) => c.tier !== null).length).toBeGreaterThan(0);
  });

  it("has clients with valid INNs and +7 phones, and orders and payments over two years", async () => {
    const { records } = await demoStage(t.host, demo.orgId).service();
    const clients = await records.clients.summaries({});
    expect(clients.length).toBeGreaterThanOrEqual(36);
    for (const client of clients) {
      if (client.inn) expect(validateInn(client.inn).ok, client.inn).toBe(true);
      for (const phone of client.phones) expect(phone).toMatch(/^\+7\d{10}$/);
    }
    expect(clients.filter((c) => c.inn).length).toBeGreaterThanOrEqual(36);
    const orders = await records.orders.facts({});
    const dates = orders.map((o) => Date.parse(o.orderedOn));
    expect(orders.length).toBeGreaterThan(100);
    expect((Math.max(...dates) - Math.min(...dates)) / dayMs).toBeGreaterThan(600);
    expect((await records.orders.payments({})).length).toBeGreaterThan(100);
  });

  it("names farming the weakest leg, and the sentence's numbers are the lists behind them", async () => {
    const api = await owner();
    const monitor = await api.core.monitor.get();
    expect(monitor.sentence.subject).toBe("farming");
    const { items: portfolio, today } = await api.farming.accounts.portfolio({ limit: 500 });
    const share = (part: number) => Math.round((part / portfolio.length) * 1000) / 10;
    const contacted = portfolio.filter(
      (row) =>
        row.lastContactAt !== null &&
        localDate(row.lastContactAt, "Europe/Moscow") >= addDays(today, -row.cadenceDays),
    );
    const checked: string[] = [];
    for (const clause of monitor.sentence.clauses) {
      if (clause.code === "waiting-for-farmer") {
        expect(clause.count).toBe(monitor.flow.waitingForFarmer.length);
        checked.push(clause.code);
      }
      if (clause.code === "reading" && clause.label.en === "Clients overdue for contact") {
        expect(clause.value).toBe(share(portfolio.filter((row) => row.overdue).length));
        checked.push("overdue");
      }
      if (clause.code === "reading" && clause.label.en === "Clients contacted within cadence") {
        expect(clause.value).toBe(share(contacted.length));
        checked.push("contacted");
      }
    }
    expect(checked.sort()).toEqual(["contacted", "overdue", "waiting-for-farmer"]);
    expect(monitor.sentence.clauses.map((c) => c.code)).toContain("waiting-for-farmer");
    expect(monitor.flow.waitingForFarmer.length).toBeGreaterThan(0);
  });

  it("leaves no event undelivered: every subscriber ran, nothing is parked", async () => {
    expect(await (await owner()).core.events.deadLetters()).toEqual([]);
    const handle = await t.host.orgs.get(demo.orgId);
    const pending = await handle.client.execute(
      "SELECT count(*) AS n FROM core_event_deliveries WHERE status <> 'delivered'",
    );
    expect(Number(pending.rows[0]?.n)).toBe(0);
    const unfanned = await handle.client.execute(
      "SELECT count(*) AS n FROM core_outbox WHERE fanned_out_at IS NULL",
    );
    expect(Number(unfanned.rows[0]?.n)).toBe(0);
  });

  it("creates a second organisation on a second run and never writes into the first", async () => {
    expect(second.orgId).not.toBe(demo.orgId);
    const orgs = await t.host.organisations.list();
    expect(orgs.map((o) => o.id)).toEqual(expect.arrayContaining([demo.orgId, second.orgId]));
    const first = (await (await owner()).core.clients.list({ limit: 200 })).items.length;
    const other = await as(second.team.owner, second.orgId);
    expect((await other.core.clients.list({ limit: 200 })).items.length).toBe(first);
  });
});
