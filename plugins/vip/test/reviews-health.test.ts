import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { vipHealth } from "../src/server/health.ts";
import { buysAndPays, newClient, openTasks, RUB, today } from "./support/samples.ts";
import { type VipHost, vipHost } from "./support/vip-host.ts";

describe("reviews and the VIP leg's vital signs", () => {
  let h: VipHost;
  beforeEach(async () => {
    h = await vipHost({ today: "2026-03-02" });
  });
  afterEach(() => h.close());

  it("raises one review task when a review falls due; recording it moves the next one on and completes the task", async () => {
    const manager = await h.member("Марина", "member");
    const client = await newClient(h, "ООО Важный", { manager });
    await buysAndPays(h, client.id, 6_000_000 * RUB, "2026-03-02");
    const reviewTasks = async () =>
      (await openTasks(h, client.id)).filter((t) => t.title.startsWith("Ревизия"));
    today(h, "2026-06-01");
    await h.runJob("reassess");
    expect(await reviewTasks()).toEqual([]);
    today(h, "2026-06-02");
    await h.runJob("reassess");
    await h.runJob("reassess");
    expect((await reviewTasks()).map((t) => [t.assigneeId, t.title])).toEqual([
      [manager.id, "Ревизия VIP-клиента до 02.06.2026: ООО Важный"],
    ]);
    const api = (await h.as(manager)).vip;
    expect((await api.clients.list({ reviewDue: true })).items.map((i) => i.clientId)).toEqual([client.id]);
    expect(
      await api.reviews.complete({ clientId: client.id, note: "План закупок на квартал согласован" }),
    ).toMatchObject({
      reviewedOn: "2026-06-02",
      nextReviewOn: "2026-09-02",
    });
    expect((await api.clients.list({ reviewDue: true })).total).toBe(0);
    expect(await reviewTasks()).toEqual([]);
    const audit = await (await h.core()).core.audit.list({ action: "vip.review.complete" });
    expect(audit.items).toHaveLength(1);
    const completed = await (await h.core()).core.audit.list({ action: "core.task.complete" });
    expect(completed.items.map((a) => a.actorId)).toEqual([manager.id]);
  });

  it("reads unknown without data, then each sign against its target", async () => {
    const empty = await vipHealth(await h.serviceContext());
    expect(empty.map((r) => [r.key, r.value, r.status])).toEqual([
      ["sla-compliance", null, "unknown"],
      ["vip-revenue-share", null, "unknown"],
      ["vip-in-grace", null, "unknown"],
      ["overdue-reviews", null, "unknown"],
    ]);
    const big = await newClient(h, "ООО Крупный");
    const small = await newClient(h, "ООО Малый");
    await buysAndPays(h, big.id, 6_000_000 * RUB, "2026-03-02");
    await buysAndPays(h, small.id, 4_000_000 * RUB, "2026-03-02");
    today(h, "2026-06-05");
    await h.runJob("reassess");
    const task = await (await h.core()).core.tasks.create({
      title: "Вопрос",
      clientId: big.id,
      mark: "client-request",
    });
    await h.runJob("sla");
    await (await h.core()).core.tasks.complete({ taskId: task.id });
    await h.runJob("sla");
    const readings = await vipHealth(await h.serviceContext());
    expect(readings.map((r) => [r.key, r.value, r.target, r.status])).toEqual([
      ["sla-compliance", 100, 95, "ok"],
      ["vip-revenue-share", 60, 20, "ok"],
      ["vip-in-grace", 0, 0, "ok"],
      ["overdue-reviews", 1, 0, "warn"],
    ]);
  });
});
