import { localDate } from "@quartet/core";
import { startOfDate } from "@quartet/core/plugin";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listMembers } from "../src/db/calling.ts";
import { campaignOver } from "./support/calling-setup.ts";
import { type ProspectingHost, prospectingHost, type TestUser } from "./support/prospecting-host.ts";

const hour = 3_600_000;

describe("callbacks in My work (core.tasks.agenda)", () => {
  let h: ProspectingHost;
  let anna: TestUser;
  let boris: TestUser;
  let campaignId: string;
  let clientId: string;
  beforeEach(async () => {
    h = await prospectingHost();
    const core = (await h.core(h.owner)).core;
    const client = await core.clients.create({
      name: "ООО Ромашка",
      phones: ["+79121234567"],
      region: "Москва",
      contacts: [{ name: "Ирина Петрова", position: "Закупщик", phones: ["8 916 123-45-67"] }],
    });
    const other = await core.clients.create({
      name: "ООО Лютик",
      phones: ["+79127654321"],
      region: "Москва",
    });
    clientId = client.id;
    ({
      campaign: { id: campaignId },
    } = await campaignOver(h, h.owner, [client.id, other.id]));
    anna = await h.member("Анна", "member");
    boris = await h.member("Борис", "member");
  });
  afterEach(() => h.close());

  /** Anna takes records until she holds Ромашка, giving the others back. */
  async function annaCallsRomashka() {
    const api = (await h.as(anna)).prospecting;
    for (;;) {
      const screen = await api.queue.next({ campaignId });
      if (!screen) throw new Error("Ромашка never came up");
      if (screen.client.id === clientId) return screen;
      await api.queue.dispose({ memberId: screen.memberId, disposition: "not-interested" });
    }
  }

  it("shows the contact person on the call screen and the note on the client's timeline", async () => {
    const screen = await annaCallsRomashka();
    expect(screen.client.contact).toEqual({
      name: "Ирина Петрова",
      position: "Закупщик",
      phones: ["+79161234567"],
    });
    await (await h.as(anna)).prospecting.queue.dispose({
      memberId: screen.memberId,
      disposition: "callback",
      callbackAt: Date.now() + 2 * hour,
      note: "Перезвонить после обеда, просила прайс",
    });
    const timeline = await (await h.core(h.owner)).core.timeline.list({ clientId, types: ["call"] });
    expect(timeline.items.map((e) => e.body).join("\n")).toContain("Перезвонить после обеда, просила прайс");
  });

  it("lists a callback in the agenda of the caller who promised it, not in another's", async () => {
    const screen = await annaCallsRomashka();
    const tomorrow = Date.now() + 26 * hour;
    await (await h.as(anna)).prospecting.queue.dispose({
      memberId: screen.memberId,
      disposition: "callback",
      callbackAt: tomorrow,
    });
    const mine = await (await h.as(anna)).core.tasks.agenda({});
    const callbacks = [...mine.items, ...mine.sections.overdue].filter((e) => e.kind === "callback");
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({
      source: "prospecting",
      title: "Весна",
      client: { id: clientId, name: "ООО Ромашка" },
      href: `/calls?campaign=${campaignId}`,
      date: localDate(callbacks[0]?.at ?? 0, mine.timeZone),
    });
    expect(callbacks[0]?.at).toBeGreaterThanOrEqual(tomorrow);
    expect(mine.unavailable).toEqual([]);

    const theirs = await (await h.as(boris)).core.tasks.agenda({});
    expect([...theirs.items, ...theirs.sections.overdue].filter((e) => e.kind === "callback")).toEqual([]);

    const weekOf = (date: string) => ({ from: date, to: date });
    const day = await (await h.as(anna)).core.tasks.agenda(weekOf(callbacks[0]?.date ?? ""));
    expect(day.items.map((e) => e.id)).toEqual([screen.memberId]);
    expect(startOfDate(day.from, day.timeZone)).toBeLessThanOrEqual(callbacks[0]?.at ?? 0);
  });

  it("drops the callback from the agenda once the record is called again", async () => {
    const screen = await annaCallsRomashka();
    const api = (await h.as(anna)).prospecting;
    await api.queue.dispose({
      memberId: screen.memberId,
      disposition: "callback",
      callbackAt: Date.now() + hour,
    });
    const listed = async () => {
      const { sections } = await (await h.as(anna)).core.tasks.agenda({});
      return Object.values(sections)
        .flat()
        .filter((e) => e.kind === "callback").length;
    };
    expect(await listed()).toBe(1);
    const org = await h.t.host.runtime(h.orgId);
    await org.db // the callback comes due
      .update(listMembers)
      .set({ availableAt: Date.now() - 1000 })
      .where(eq(listMembers.id, screen.memberId));
    const again = await api.queue.next({ campaignId });
    expect(again?.memberId).toBe(screen.memberId);
    expect(await listed()).toBe(0);
  });

  it("refuses the agenda to a member without tasks, and a range the wrong way round", async () => {
    const viewer = await h.member("Вера", "caller");
    await expect((await h.as(viewer)).core.tasks.agenda({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await h.as(anna)).core.tasks.agenda({ from: "2026-12-10", to: "2026-12-01" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: ["to"], message: "core.agenda.rangeOrder" })] },
    });
    await expect(
      (await h.as(anna)).core.tasks.agenda({ from: "2026-12-01", to: "2027-03-01" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: ["to"] })] },
    });
    await expect((await h.as(anna)).core.tasks.agenda({ from: "10.12.2026" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: ["from"] })] },
    });
  });
});
