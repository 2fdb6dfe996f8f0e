import { callEvents, outbox } from "@quartet/db/org";
import { signedNotification, startFakeZadarma } from "@quartet/telephony-zadarma/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { addMember, callerFor, createUser, orgOwnedBy, requestsAs } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };
const clientPhone = "+74951234567";
const start = "2026-12-07 12:30:05";

type TimelineItem = {
  id: string;
  type: string;
  body: string;
  authorId: string;
  authorName: string;
  occurredAt: number;
  data: Record<string, unknown>;
};

describe("calls from the PBX on the timeline", () => {
  let t: TestHost;
  let api: Awaited<ReturnType<typeof startFakeZadarma>>;
  let orgId: string;
  let path: string;
  let clientId: string;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let boris: Awaited<ReturnType<typeof createUser>>;
  let ownerApi: Awaited<ReturnType<typeof callerFor>>;

  const notify = (
    event: Parameters<typeof signedNotification>[1],
    fields: Record<string, string>,
    secret = keys.secret,
  ) => t.app().request(path, { method: "POST", ...signedNotification(secret, event, fields) });
  const ended = (callId: string, extra: Record<string, string> = {}) => ({
    pbx_call_id: callId,
    caller_id: "74951234567",
    called_did: "74957654321",
    call_start: start,
    internal: "101",
    duration: "95",
    disposition: "answered",
    is_recorded: "1",
    call_id_with_rec: `rec_${callId}`,
    ...extra,
  });
  /** The client's timeline as the admin app reads it, worded in `locale`. */
  const timeline = async (locale: "ru" | "en" = "en") => {
    const input = encodeURIComponent(JSON.stringify({ json: { clientId } }));
    const response = await t.app().request(`/trpc/core.timeline.list?input=${input}`, {
      headers: { "x-test-user": owner.id, "x-test-org": orgId, "x-quartet-locale": locale },
    });
    const body = (await response.json()) as { result: { data: { json: { items: TimelineItem[] } } } };
    return body.result.data.json.items;
  };
  const callRows = async () => (await t.host.runtime(orgId)).db.select().from(callEvents);

  beforeAll(async () => {
    api = await startFakeZadarma(keys);
    process.env.QUARTET_ZADARMA_API_URL = api.url;
    t = await createTestHost();
    owner = await createUser(t, "Anna");
    boris = await createUser(t, "Boris");
    orgId = (await orgOwnedBy(t, owner)).id;
    await addMember(t, orgId, owner, boris, "member");
    ownerApi = await callerFor(t, owner, orgId);
    const saved = await ownerApi.core.telephony.settings.save({
      adapter: "zadarma",
      settings: { ...keys, timeZone: "Europe/Moscow" },
    });
    path = saved.notificationPath ?? "";
    await ownerApi.core.telephony.extensions.set({ extension: "101", userId: boris.id });
    clientId = (await ownerApi.core.clients.create({ name: "ООО Ромашка", phones: [clientPhone] })).id;
  });
  afterAll(async () => {
    delete process.env.QUARTET_ZADARMA_API_URL;
    await t.close();
    await api.close();
  });

  it("keeps the secret masked and gives the notification address", async () => {
    const view = await ownerApi.core.telephony.settings.get();
    expect(view).toMatchObject({ adapter: "zadarma", settings: { key: keys.key, secret: "••••••" } });
    expect(view.adapters).toMatchObject([
      {
        id: "zadarma",
        secretSettings: ["secret"],
        settingsSchema: {
          properties: { secret: { title: { ru: "Секретный ключ API", en: "API secret key" } } },
        },
      },
    ]);
    expect(view.notificationPath).toMatch(/^\/hooks\/telephony\/[A-Za-z0-9_-]{32}\/zadarma$/);
  });

  it("answers Zadarma's zd_echo check", async () => {
    const response = await t.app().request(`${path}?zd_echo=check123`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("check123");
  });

  it("adds exactly one call to the client's timeline when the end of a call is delivered three times", async () => {
    for (let i = 0; i < 3; i++) expect((await notify("NOTIFY_END", ended("in_1"))).status).toBe(200);
    const calls = (await timeline()).filter((entry) => entry.type === "call");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      authorId: boris.id,
      authorName: "Boris",
      body: "Incoming call from +74951234567",
      occurredAt: Date.UTC(2026, 11, 7, 9, 30, 5),
      data: {
        call: { result: "reached", durationSec: 95 },
        pbx: { direction: "inbound", disposition: "answered", extension: "101", recorded: true },
      },
    });
    expect((await timeline("ru")).find((e) => e.type === "call")?.body).toBe(
      "Входящий звонок с номера +74951234567",
    );
    expect((await callRows()).filter((row) => row.providerCallId === "in_1")).toHaveLength(1);
  });

  it("emits core.call.ended once, in the call's transaction", async () => {
    const runtime = await t.host.runtime(orgId);
    const ended = await runtime.db.select().from(outbox).where(eq(outbox.name, "core.call.ended"));
    expect(ended).toHaveLength(1);
    expect(ended[0]?.payload).toMatchObject({
      providerCallId: "in_1",
      clientId,
      memberId: boris.id,
      disposition: "answered",
    });
  });

  it("refuses a notification with a bad signature and writes nothing", async () => {
    const before = await callRows();
    const response = await notify("NOTIFY_END", ended("in_forged"), "another-secret-000");
    expect(response.status).toBe(401);
    expect(await callRows()).toEqual(before);
    expect((await timeline()).filter((e) => e.type === "call")).toHaveLength(1);
  });

  it("is 404 for an unknown key or another adapter", async () => {
    const other = path.replace(/zadarma$/, "mango");
    expect(
      (
        await t
          .app()
          .request(other, { method: "POST", ...signedNotification(keys.secret, "NOTIFY_END", ended("x")) })
      ).status,
    ).toBe(404);
    expect(
      (await t.app().request("/hooks/telephony/AAAAAAAAAAAAAAAAAAAAAAAA/zadarma", { method: "POST" })).status,
    ).toBe(404);
  });

  it("records an outbound no-answer call, and a number nobody has writes the call but no timeline entry", async () => {
    const outbound = { pbx_call_id: "out_1", internal: "101", destination: "74951234567", call_start: start };
    expect(
      (
        await notify("NOTIFY_OUT_END", {
          ...outbound,
          duration: "0",
          disposition: "no answer",
          is_recorded: "0",
        })
      ).status,
    ).toBe(200);
    const stranger = { ...ended("in_2"), caller_id: "79990000000" };
    expect((await notify("NOTIFY_END", stranger)).status).toBe(200);
    const calls = (await timeline()).filter((entry) => entry.type === "call");
    expect(calls).toHaveLength(2);
    expect(
      calls.find((c) => (c.data as { pbx: { direction: string } }).pbx.direction === "outbound"),
    ).toMatchObject({
      body: "Outgoing call to +74951234567",
      data: {
        call: { result: "no-answer", durationSec: 0 },
        pbx: { disposition: "no-answer", recorded: false },
      },
    });
    expect((await callRows()).find((row) => row.providerCallId === "in_2")).toMatchObject({
      clientId: null,
      activityId: null,
    });
  });

  it("marks a call recorded when its recording is announced after its end", async () => {
    const outbound = (await timeline()).find(
      (e) => (e.data as { pbx?: { providerCallId: string } }).pbx?.providerCallId === "out_1",
    );
    expect(outbound?.data).toMatchObject({ pbx: { recorded: false } });
    for (let i = 0; i < 2; i++) {
      expect(
        (await notify("NOTIFY_RECORD", { pbx_call_id: "out_1", call_id_with_rec: "rec_out_1" })).status,
      ).toBe(200);
    }
    const after = (await timeline()).find((e) => e.id === outbound?.id);
    expect(after?.data).toMatchObject({ pbx: { recorded: true } });
    expect((await callRows()).filter((row) => row.providerCallId === "out_1")).toHaveLength(2);
  });

  it("gives an extension to one member only, and frees it", async () => {
    expect(
      await callRefusal(ownerApi.core.telephony.extensions.set({ extension: "101", userId: owner.id })),
    ).toMatchObject({
      code: "CONFLICT",
      fields: { extension: "Extension 101 already belongs to another member" },
    });
    await ownerApi.core.telephony.extensions.set({ extension: "100", userId: owner.id });
    await ownerApi.core.telephony.extensions.set({ extension: "102", userId: owner.id });
    expect(await ownerApi.core.telephony.extensions.list()).toEqual([
      { extension: "101", userId: boris.id, name: "Boris" },
      { extension: "102", userId: owner.id, name: "Anna" },
    ]);
    expect(await ownerApi.core.telephony.extensions.remove({ extension: "102" })).toEqual({ removed: true });
    expect(await ownerApi.core.telephony.extensions.list()).toHaveLength(1);
  });

  it("plays the recording through the app, streamed from a fresh provider link, to a member who may see the client", async () => {
    const entry = (await timeline()).find(
      (e) => (e.data as { pbx?: { providerCallId: string } }).pbx?.providerCallId === "in_1",
    );
    const response = await requestsAs(
      t,
      owner,
      orgId,
    )(`/api/v1/telephony/recordings/${entry?.id}?org=${orgId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(8000);
    expect(api.requests.at(-1)).toMatchObject({ method: "/v1/pbx/record/request/", signed: true });
    // A caller sees only their own clients: this one is not theirs, so its recording is not found.
    const vera = await createUser(t, "Vera");
    await addMember(t, orgId, owner, vera, "caller");
    const refused = await requestsAs(
      t,
      vera,
      orgId,
    )(`/api/v1/telephony/recordings/${entry?.id}?org=${orgId}`);
    expect(refused.status).toBe(404);
    expect(api.requests.filter((r) => r.method === "/v1/pbx/record/request/")).toHaveLength(1);
  });

  it("click-to-call sends a correctly signed callback request from the member's extension", async () => {
    const borisApi = await callerFor(t, boris, orgId);
    expect(await borisApi.core.telephony.startCall({ to: "8 (495) 123-45-67" })).toEqual({
      extension: "101",
      to: clientPhone,
    });
    expect(api.requests.at(-1)).toMatchObject({
      method: "/v1/request/callback/",
      params: { from: "101", to: "74951234567", format: "json" },
      signed: true,
    });
  });

  it("refuses click-to-call in words without an extension, and a bad number naming the field", async () => {
    expect(await callRefusal(ownerApi.core.telephony.startCall({ to: "+74951234567" }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("no extension"),
    });
    expect(await callRefusal(ownerApi.core.telephony.startCall({ to: "12" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { to: "This is not a phone number" },
    });
  });
});
