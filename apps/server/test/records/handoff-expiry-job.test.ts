import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("core's periodic job: handoffs past their SLA expire", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await t.close();
  });

  it("expires a handoff nobody accepted in time, and leaves one still within its SLA", async () => {
    const { orgId, owner, members } = await teamFixture(t, {
      org: "Отдел продаж",
      growthStage: "specialists",
    });
    const [head, boris] = [owner.caller, members.Boris.user];
    await head.core.staffing.assign({ userId: boris.id, function: "first-sale" });
    const client = await head.core.clients.create({ kind: "company", name: "ООО Ромашка" });
    const other = await head.core.clients.create({ kind: "company", name: "АО Василёк" });
    const handoff = (clientId: string, slaHours: number) =>
      head.core.handoffs.request({
        clientId,
        fromFunction: "prospecting",
        toFunction: "first-sale",
        note: "Хочет КП до пятницы",
        receiverId: boris.id,
        slaHours,
      });
    const late = await handoff(client.id, 1);
    const inTime = await handoff(other.id, 24);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    expect(await t.host.scheduler.tickOrg(orgId)).toMatchObject({ "core:handoffs.expire": "ran" });

    const states = (await head.core.handoffs.list({})).items.map((h) => [h.id, h.state]);
    expect(states).toEqual(
      expect.arrayContaining([
        [late.id, "expired"],
        [inTime.id, "requested"],
      ]),
    );
    const timeline = await head.core.timeline.list({ clientId: client.id, types: ["handoff"] });
    expect(timeline.items.map((a) => (a.data as { step: string }).step)).toEqual(["expired", "requested"]);
  });
});
