import { monitorSnapshots } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const hour = 3_600_000;

describe("the monitor reads the flow between legs from handoffs, and keeps one snapshot a week", () => {
  let t: TestHost;
  let fixture: Awaited<ReturnType<typeof teamFixture>>;
  beforeAll(async () => {
    t = await createTestHost();
    fixture = await teamFixture(t, { org: "Отдел продаж", growthStage: "specialists" });
    const head = fixture.owner.caller;
    const boris = fixture.members.Boris as TeamPerson;
    await head.core.staffing.assign({ userId: boris.user.id, function: "first-sale" });
    await head.core.staffing.assign({ userId: boris.user.id, function: "farming" });
    const client = (name: string) => head.core.clients.create({ kind: "company", name });
    const hand = async (name: string, fromFunction: "prospecting" | "first-sale", slaHours: number) =>
      head.core.handoffs.request({
        clientId: (await client(name)).id,
        fromFunction,
        toFunction: fromFunction === "prospecting" ? "first-sale" : "farming",
        note: "Передаю",
        receiverId: boris.user.id,
        slaHours,
      });
    await hand("ООО Лид ждёт", "prospecting", 24);
    const refused = await hand("ООО Лид отклонён", "prospecting", 24);
    await boris.caller.core.handoffs.reject({ handoffId: refused.id, reason: "Не наш профиль" });
    const taken = await hand("ООО Лид взят", "prospecting", 24);
    await boris.caller.core.handoffs.accept({ handoffId: taken.id });
    await hand("АО Выиграли давно", "first-sale", 1);
    await hand("АО Выиграли вчера", "first-sale", 1);
    await hand("АО Выиграли только что", "first-sale", 48);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3 * hour);
  });
  afterAll(async () => {
    vi.useRealTimers();
    await t.close();
  });

  it("counts leads not taken, won clients waiting past their SLA and rejections, matching the lists", async () => {
    const { flow, legs } = await fixture.owner.caller.core.monitor.get();
    expect(flow.leadsNotTaken.map((i) => [i.clientName, i.state])).toEqual([
      ["ООО Лид ждёт", "requested"],
      ["ООО Лид отклонён", "rejected"],
    ]);
    expect(flow.waitingForFarmer.map((i) => i.clientName)).toEqual([
      "АО Выиграли давно",
      "АО Выиграли вчера",
    ]);
    expect(flow.rejected30d.map((i) => [i.clientName, i.reason])).toEqual([
      ["ООО Лид отклонён", "Не наш профиль"],
    ]);
    const facts = (fn: string) => legs.find((l) => l.function === fn)?.facts;
    expect(facts("first-sale")).toEqual([
      { code: "leads-not-taken", count: flow.leadsNotTaken.length },
      { code: "rejected-30d", count: flow.rejected30d.length },
    ]);
    expect(facts("farming")).toEqual([{ code: "waiting-for-farmer", count: flow.waitingForFarmer.length }]);
  });

  it("says when more clients wait for a leg than its people take in a day", async () => {
    const head = fixture.owner.caller;
    const boris = fixture.members.Boris as TeamPerson;
    await head.core.staffing.assign({ userId: boris.user.id, function: "first-sale", capacityPerDay: 0 });
    const { flow, legs } = await head.core.monitor.get();
    const awaiting = flow.awaiting.filter((i) => i.toFunction === "first-sale");
    expect(awaiting.map((i) => i.clientName)).toEqual(["ООО Лид ждёт"]);
    expect(legs.find((l) => l.function === "first-sale")?.facts.at(-1)).toEqual({
      code: "over-capacity",
      count: awaiting.length,
      capacityPerDay: 0,
    });
    await head.core.staffing.assign({ userId: boris.user.id, function: "first-sale", capacityPerDay: null });
  });

  it("still counts won clients as waiting once the expiry job has expired their handoffs", async () => {
    await t.host.scheduler.tickOrg(fixture.orgId);
    const { flow } = await fixture.owner.caller.core.monitor.get();
    expect(flow.waitingForFarmer.map((i) => [i.clientName, i.state])).toEqual([
      ["АО Выиграли давно", "expired"],
      ["АО Выиграли вчера", "expired"],
    ]);
  });

  it("keeps one snapshot a week, as the week stood at its latest run six hours apart, and charts it", async () => {
    expect(await t.host.monitor.snapshot(fixture.orgId)).toMatchObject({ taken: false });
    vi.setSystemTime(Date.now() + 2 * hour);
    expect(await t.host.scheduler.tickOrg(fixture.orgId)).toMatchObject({ "core:monitor.snapshot": "ran" });
    const history = await fixture.owner.caller.core.monitor.history();
    expect(history.weeks).toHaveLength(12);
    const farming = history.legs.find((l) => l.function === "farming");
    expect(farming?.weeks.slice(0, 11).every((w) => w.state === null)).toBe(true);
    expect(farming?.weeks.at(-1)).toEqual({ state: "missing", score: 0 });
    expect(history.balance.at(-1)).toBe(0);
    expect(history.balance.slice(0, 11).every((b) => b === null)).toBe(true);

    // Within six hours of the last snapshot nothing is rewritten; after that this week's row is.
    const rows = async () =>
      (await (await t.host.runtime(fixture.orgId)).db.select().from(monitorSnapshots)).map((r) => [
        r.week,
        r.function,
        r.takenAt,
      ]);
    const before = await rows();
    expect(new Set(before.map(([week]) => week)).size).toBe(1);
    const takenAt = Number(before[0]?.[2]);
    vi.setSystemTime(takenAt + 5 * hour);
    expect(await t.host.monitor.snapshot(fixture.orgId)).toMatchObject({ taken: false });
    expect(await rows()).toEqual(before);
    vi.setSystemTime(takenAt + 7 * hour);
    const again = await t.host.monitor.snapshot(fixture.orgId);
    const after = await rows();
    if (again.week === before[0]?.[0]) {
      expect(again.taken).toBe(true);
      expect(after).toHaveLength(4);
      expect(after.every(([, , takenAt]) => takenAt === Date.now())).toBe(true);
    } else {
      // The seven hours crossed into a new ISO week: last week's rows stay as they were.
      expect(after.filter(([week]) => week === before[0]?.[0])).toEqual(before);
    }
  });
});
