import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type NotifyHost, notifyHost } from "./notify-host.ts";

describe("a web-form lead notifies the members who cover prospecting", () => {
  let h: NotifyHost;
  beforeEach(async () => {
    h = await notifyHost();
  });
  afterEach(() => h.close());

  const postLead = async () => {
    expect((await h.postWebFormLead("Иван Петров")).status).toBe(201);
    await h.deliver();
  };

  it("stores one notification for each prospecting member and none for the others", async () => {
    const caller = await h.member("Пётр", "member", "prospecting");
    const sdr = await h.member("Анна", "caller", "prospecting");
    const hunter = await h.member("Борис", "member", "first-sale");
    const paused = await h.member("Вера", "member");
    await h.t.host.people.setAssignment(h.ownerActor, h.orgId, {
      userId: paused.id,
      function: "prospecting",
      paused: true,
    });

    await postLead();

    for (const user of [caller, sdr]) {
      const list = await (await h.as(user)).core.notifications.list({});
      expect(list.unread).toBe(1);
      expect(list.items).toEqual([
        {
          id: expect.stringMatching(/^ntf_/),
          type: "prospecting.request.received",
          createdAt: h.clock.now(),
          readAt: null,
          title: "Новая заявка: Иван Петров",
          body: "Канал: веб-форма",
          link: expect.stringMatching(/^\/leads\?request=req_/),
        },
      ]);
    }
    for (const user of [hunter, paused]) {
      expect(await (await h.as(user)).core.notifications.unreadCount()).toEqual({ count: 0 });
    }
  });

  it("words the bell in the language the request names", async () => {
    const caller = await h.member("Пётр", "member", "prospecting");
    await postLead();
    const [item] = (await (await h.as(caller, "en")).core.notifications.list({})).items;
    expect(item).toMatchObject({ title: "New request: Иван Петров", body: "Channel: web form" });
  });

  it("a redelivered event notifies nobody twice", async () => {
    const caller = await h.member("Пётр", "member", "prospecting");
    await postLead();
    const handle = await h.t.host.orgs.get(h.orgId);
    await handle.client.execute(
      "update core_event_deliveries set status = 'pending', next_attempt_at = 0 where subscriber like 'notify:%'",
    );
    await h.deliver();
    expect((await (await h.as(caller)).core.notifications.list({})).items).toHaveLength(1);
  });
});
