import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type NotifyHost, notifyHost } from "./notify-host.ts";
import { sseReader } from "./sse-reader.ts";

describe("GET /api/v1/notifications/stream", () => {
  let h: NotifyHost;
  beforeEach(async () => {
    h = await notifyHost();
  });
  afterEach(() => h.close());

  /** A request typed in by the owner: prospecting emits request.received, the members covering it hear. */
  const newRequest = async () =>
    (await h.as(h.owner)).prospecting.inbox.create({ source: "phone", name: "Мария" });

  it("says ready with the unread count, then each new count, and ends when the host closes", async () => {
    const caller = await h.member("Пётр", "member", "prospecting");
    const response = await h.app(caller).request(`/api/v1/notifications/stream?org=${h.orgId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = sseReader(response);
    expect(await events.next()).toEqual({ event: "ready", data: '{"unread":0}' });

    await newRequest(); // the commit wakes the dispatcher; its live subscriber wakes this stream
    expect(await events.next()).toEqual({ event: "notification", data: '{"unread":1}' });

    await (await h.as(caller)).core.notifications.markAllRead();
    expect(await events.next()).toEqual({ event: "notification", data: '{"unread":0}' });

    await h.t.host.close();
    expect(await events.next()).toBeNull();
  });

  it("a web-form lead reaches every open tab of the members covering prospecting, not another member's", async () => {
    const caller = await h.member("Пётр", "member", "prospecting");
    const hunter = await h.member("Борис", "member", "first-sale");
    const tabs = await Promise.all(
      [caller, caller, hunter].map(async (user) =>
        sseReader(await h.app(user).request(`/api/v1/notifications/stream?org=${h.orgId}`)),
      ),
    );
    for (const tab of tabs) expect(await tab.next()).toEqual({ event: "ready", data: '{"unread":0}' });
    expect((await h.postWebFormLead("Иван Петров")).status).toBe(201); // no delivery run by the test
    expect(await tabs[0]?.next()).toEqual({ event: "notification", data: '{"unread":1}' });
    expect(await tabs[1]?.next()).toEqual({ event: "notification", data: '{"unread":1}' });
    await h.t.host.close();
    expect(await tabs[2]?.next()).toBeNull(); // nothing came before the stream ended
  });

  it.each([
    ["without a session", null, 401],
    ["for an organisation the user is not a member of", "org_elsewhere", 403],
  ])("refuses a stream %s", async (_name, org, status) => {
    const stranger = await h.member("Пётр", "member");
    const app = org === null ? h.t.app(async () => null) : h.app(stranger);
    const response = await app.request(`/api/v1/notifications/stream?org=${org ?? h.orgId}`, {
      headers: { "x-quartet-locale": "ru" },
    });
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/[А-я]/);
  });
});
