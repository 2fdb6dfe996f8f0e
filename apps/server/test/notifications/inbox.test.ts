import { corePermissions } from "@quartet/core";
import { writeTransaction } from "@quartet/db";
import { userPreferences } from "@quartet/db/control";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { permissionCatalog } from "../../src/people/index.ts";
import { addMember, callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { callPath, everyPermissionBut } from "../support/refusals.ts";
import { type NotifyHost, notifyHost } from "./notify-host.ts";

describe("core.notifications: the member's bell and choices", () => {
  let h: NotifyHost;
  beforeEach(async () => {
    h = await notifyHost();
  });
  afterEach(() => h.close());

  /** `count` requests typed in by the owner, a minute apart, delivered. */
  async function requests(count: number) {
    const owner = await h.as(h.owner);
    for (let i = 1; i <= count; i++) {
      await owner.prospecting.inbox.create({ source: "phone", name: `Клиент ${i}` });
      await h.deliver();
      h.clock.advance(60_000);
    }
  }

  it("pages newest first with a cursor, unread only on request, and refuses a cursor it did not give", async () => {
    const sdr = await h.member("Пётр", "member", "prospecting");
    await requests(5);
    const api = (await h.as(sdr)).core.notifications;
    const first = await api.list({ limit: 2 });
    expect(first.items.map((n) => n.title)).toEqual(["Новая заявка: Клиент 5", "Новая заявка: Клиент 4"]);
    expect(first.unread).toBe(5);
    const second = await api.list({ limit: 2, cursor: first.nextCursor ?? "" });
    const third = await api.list({ limit: 2, cursor: second.nextCursor ?? "" });
    expect([...second.items, ...third.items].map((n) => n.title)).toEqual([
      "Новая заявка: Клиент 3",
      "Новая заявка: Клиент 2",
      "Новая заявка: Клиент 1",
    ]);
    expect(third.nextCursor).toBeNull();

    expect(await api.markRead({ ids: [first.items[0]?.id ?? ""] })).toEqual({ unread: 4 });
    const unread = await api.list({ unreadOnly: true, limit: 50 });
    expect(unread.items.map((n) => n.title)).not.toContain("Новая заявка: Клиент 5");
    expect(unread.items).toHaveLength(4);
    expect(unread.items.every((n) => n.readAt === null)).toBe(true);
    expect(await api.markAllRead()).toEqual({ unread: 0 });
    expect(await api.unreadCount()).toEqual({ count: 0 });

    for (const cursor of ["garbage", first.items[0]?.id ?? ""]) {
      await expect(api.list({ cursor })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fields: { cursor: expect.any(String) } },
      });
    }
    await expect(api.list({ limit: 51 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("marks only the member's own notifications; another member's or organisation's ids change nothing", async () => {
    const sdr = await h.member("Пётр", "member", "prospecting");
    const other = await h.member("Анна", "member", "prospecting");
    const stranger = await createUser(h.t, "Зоя", "zoya@example.com");
    const elsewhere = (await orgOwnedBy(h.t, stranger, "ООО Другая")).id;
    await requests(1);
    const [theirs] = (await (await h.as(other)).core.notifications.list({})).items;
    expect(await (await h.as(sdr)).core.notifications.markRead({ ids: [theirs?.id ?? ""] })).toEqual({
      unread: 1,
    });
    expect((await (await h.as(other)).core.notifications.unreadCount()).count).toBe(1);

    await addMember(h.t, elsewhere, stranger, sdr, "member");
    const there = await callerFor(h.t, sdr, elsewhere);
    expect(await there.core.notifications.markRead({ ids: [theirs?.id ?? ""] })).toEqual({ unread: 0 });
    expect((await (await h.as(other)).core.notifications.unreadCount()).count).toBe(1);
  });

  it("refuses every procedure to an actor without core.notifications.use", async () => {
    const all = permissionCatalog(h.t.host.registry).map((p) => p.id);
    const caller = await h.t.caller(everyPermissionBut(all, corePermissions.notificationsUse.id), h.orgId);
    const calls: [string, unknown][] = [
      ["core.notifications.list", {}],
      ["core.notifications.unreadCount", undefined],
      ["core.notifications.markRead", { ids: ["ntf_x"] }],
      ["core.notifications.markAllRead", undefined],
      ["core.notifications.preferences.get", undefined],
      ["core.notifications.preferences.set", { type: "core.task.due", channel: "email", enabled: true }],
      ["core.notifications.telegram.linkStart", undefined],
      ["core.notifications.telegram.unlink", undefined],
    ];
    for (const [path, input] of calls) {
      await expect(callPath(caller, path, input), path).rejects.toMatchObject({
        code: "FORBIDDEN",
        cause: { params: { permission: { en: corePermissions.notificationsUse.id } } },
      });
    }
  });

  it("lists each live type with its channels; switching the bell off stores the notification already read", async () => {
    const sdr = await h.member("Пётр", "member", "prospecting");
    const api = (await h.as(sdr, "en")).core.notifications;
    const prefs = await api.preferences.get();
    expect(prefs.types).toEqual([
      {
        type: "core.handoff.requested",
        plugin: null,
        label: "A client is handed to me",
        channels: { inApp: true, email: true, telegram: true },
      },
      {
        type: "core.task.due",
        plugin: null,
        label: "My task is due",
        channels: { inApp: true, email: false, telegram: true },
      },
      {
        type: "prospecting.request.received",
        plugin: "prospecting",
        label: "A new request came in",
        channels: { inApp: true, email: false, telegram: true },
      },
      {
        type: "first-sale.deal.rotting",
        plugin: "first-sale",
        label: "My deal is stalling",
        channels: { inApp: true, email: true, telegram: false },
      },
    ]);

    await api.preferences.set({ type: "prospecting.request.received", channel: "inApp", enabled: false });
    await requests(1);
    expect(await api.unreadCount()).toEqual({ count: 0 });
    expect((await api.list({})).items).toEqual([expect.objectContaining({ readAt: expect.any(Number) })]);

    await expect(
      api.preferences.set({ type: "vip.unknown", channel: "email", enabled: true }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fields: { type: expect.any(String) } } });
    await expect(
      callPath(api, "preferences.set", { type: "core.task.due", channel: "sms", enabled: true }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("mails a member who turned email on, in the language they saved", async () => {
    const sdr = await h.member("Peter", "member", "prospecting");
    await writeTransaction(h.t.host.control, (tx) =>
      tx
        .insert(userPreferences)
        .values({ userId: sdr.id, locale: "en" })
        .onConflictDoUpdate({
          target: userPreferences.userId,
          set: { locale: "en" },
        }),
    );
    await (await h.as(sdr)).core.notifications.preferences.set({
      type: "prospecting.request.received",
      channel: "email",
      enabled: true,
    });
    await requests(1);
    const mails = h.mailer.sent.filter(
      (mail) => mail.to === sdr.email && !mail.subject.includes("Invitation"),
    );
    expect(mails).toEqual([
      {
        to: sdr.email,
        subject: "New request: Клиент 1",
        text: expect.stringMatching(
          /^New request: Клиент 1\nChannel: entered by hand\nhttps:\/\/crm\.example\.ru\/leads\?request=req_\w+\n\nYou get this mail/,
        ),
      },
    ]);
  });

  it("shows nothing of a disabled plugin's types", async () => {
    const sdr = await h.member("Пётр", "member", "prospecting");
    await requests(1);
    await h.t.host.lifecycle.disable(h.orgId, "prospecting", h.ownerActor);
    const api = (await h.as(sdr)).core.notifications;
    expect(await api.list({})).toEqual({ items: [], nextCursor: null, unread: 0 });
    expect((await api.preferences.get()).types.map((t) => t.type)).not.toContain(
      "prospecting.request.received",
    );
  });
});
