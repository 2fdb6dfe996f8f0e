import { signedNotification, startFakeZadarma } from "@quartet/telephony-zadarma/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sseReader } from "../notifications/sse-reader.ts";
import { addMember, callerFor, createUser, orgOwnedBy, sessionOf } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };
const start = "2026-12-07 12:30:05";
type Person = Awaited<ReturnType<typeof createUser>>;

/**
 * The incoming-call popup through the real app: a signed ringing notification for an extension
 * reaches every open tab of the member behind it as one live `call` message (however often it is
 * delivered, however many legs ring), the answer closes it, and nobody else — another member, the
 * same member in another organisation — hears anything.
 */
describe("the incoming-call popup on the notification stream", () => {
  let t: TestHost;
  let api: Awaited<ReturnType<typeof startFakeZadarma>>;
  let orgId: string;
  let otherOrgId: string;
  let path: string;
  let clientId: string;
  let anna: Person;
  let boris: Person;
  let vera: Person;

  const notify = (event: Parameters<typeof signedNotification>[1], fields: Record<string, string>) =>
    t.app().request(path, { method: "POST", ...signedNotification(keys.secret, event, fields) });
  const open = async (user: Person, org: string) => {
    const stream = sseReader(
      await t.app(sessionOf(t, user)).request(`/api/v1/notifications/stream?org=${org}`),
    );
    expect(await stream.next()).toMatchObject({ event: "ready" });
    return stream;
  };
  const ringing = (callId: string, caller: string, internal = "101") => ({
    pbx_call_id: callId,
    caller_id: caller,
    called_did: "74957654321",
    call_start: start,
    internal,
  });

  beforeAll(async () => {
    api = await startFakeZadarma(keys);
    process.env.QUARTET_ZADARMA_API_URL = api.url;
    t = await createTestHost();
    anna = await createUser(t, "Anna");
    boris = await createUser(t, "Boris");
    vera = await createUser(t, "Vera");
    orgId = (await orgOwnedBy(t, anna)).id;
    // Boris sees every client (the popup shows only clients the member's role reaches).
    await addMember(t, orgId, anna, boris, "head-of-sales");
    await addMember(t, orgId, anna, vera, "member");
    otherOrgId = (await orgOwnedBy(t, anna, "ООО Лютик")).id;
    await addMember(t, otherOrgId, anna, boris, "member");
    const annaApi = await callerFor(t, anna, orgId);
    path =
      (
        await annaApi.core.telephony.settings.save({
          adapter: "zadarma",
          settings: { ...keys, timeZone: "Europe/Moscow" },
        })
      ).notificationPath ?? "";
    await annaApi.core.telephony.extensions.set({ extension: "101", userId: boris.id });
    await annaApi.core.telephony.extensions.set({ extension: "102", userId: vera.id });
    const client = await annaApi.core.clients.create({
      name: "ООО Ромашка",
      phones: ["+74951234567"],
      contacts: [{ name: "Иван Петров", position: "Директор", phones: ["+74951234567"] }],
    });
    clientId = client.id;
    await annaApi.core.timeline.log({ clientId, type: "note", function: null, body: "Просили перезвонить" });
  });
  afterAll(async () => {
    delete process.env.QUARTET_ZADARMA_API_URL;
    await api.close();
  });

  it("shows who is calling once in each of the member's tabs, closes on answer, and reaches nobody else", async () => {
    const [tab1, tab2, other, elsewhere] = [
      await open(boris, orgId),
      await open(boris, orgId),
      await open(vera, orgId),
      await open(boris, otherOrgId),
    ];
    expect((await notify("NOTIFY_START", { ...ringing("in_1", "74951234567"), internal: "" })).status).toBe(
      200,
    );
    for (let i = 0; i < 3; i++)
      expect((await notify("NOTIFY_INTERNAL", ringing("in_1", "74951234567"))).status).toBe(200);
    const answer = {
      pbx_call_id: "in_1",
      caller_id: "74951234567",
      destination: "101",
      call_start: start,
      internal: "101",
    };
    expect((await notify("NOTIFY_ANSWER", answer)).status).toBe(200);
    for (const tab of [tab1, tab2]) {
      const shown = await tab.next();
      expect(shown).toMatchObject({ event: "call" });
      expect(JSON.parse((shown as { data: string }).data)).toMatchObject({
        kind: "ringing",
        card: {
          callId: "in_1",
          direction: "inbound",
          number: "+74951234567",
          client: { id: clientId, name: "ООО Ромашка" },
          contact: { name: "Иван Петров", position: "Директор" },
          owner: "Anna",
          lastActivity: { type: "note" },
        },
      });
      expect(await tab.next()).toEqual({ event: "call", data: '{"kind":"closed","callId":"in_1"}' });
    }
    await t.close();
    for (const tab of [tab1, tab2, other, elsewhere]) expect(await tab.next()).toBeNull();
  });
});
