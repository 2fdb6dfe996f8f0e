import { tasks } from "@quartet/db/org";
import { signedNotification, startFakeZadarma } from "@quartet/telephony-zadarma/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };

/** Core raises the callback task of a known client's missed call, with no plugin enabled. */
describe("a missed call from a client's number", () => {
  let t: TestHost;
  let api: Awaited<ReturnType<typeof startFakeZadarma>>;
  let orgId: string;
  let path: string;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let farmer: Awaited<ReturnType<typeof createUser>>;
  let clientId: string;

  const missed = (callId: string, from: string, disposition = "no answer") =>
    t.app().request(path, {
      method: "POST",
      ...signedNotification(keys.secret, "NOTIFY_END", {
        pbx_call_id: callId,
        caller_id: from,
        called_did: "74957654321",
        call_start: "2026-12-07 12:30:05",
        internal: "101",
        duration: "0",
        disposition,
        is_recorded: "0",
      }),
    });
  const allTasks = async () => (await t.host.runtime(orgId)).db.select().from(tasks);

  beforeAll(async () => {
    api = await startFakeZadarma(keys);
    process.env.QUARTET_ZADARMA_API_URL = api.url;
    t = await createTestHost();
    owner = await createUser(t, "Anna");
    farmer = await createUser(t, "Fedor");
    orgId = (await orgOwnedBy(t, owner)).id;
    await addMember(t, orgId, owner, farmer, "member");
    const core = (await callerFor(t, owner, orgId)).core;
    path =
      (
        await core.telephony.settings.save({
          adapter: "zadarma",
          settings: { ...keys, timeZone: "Europe/Moscow" },
        })
      ).notificationPath ?? "";
    await core.telephony.extensions.set({ extension: "101", userId: owner.id });
    clientId = (await core.clients.create({ name: "ООО Ромашка", phones: ["+74951234567"] })).id;
    await core.clients.setOwner({ clientId, function: "prospecting", userId: farmer.id });
  });
  afterAll(async () => {
    delete process.env.QUARTET_ZADARMA_API_URL;
    await t.close();
    await api.close();
  });

  it("creates exactly one callback task for the client's owner, even when delivered three times", async () => {
    for (let i = 0; i < 3; i++) expect((await missed("in_1", "74951234567")).status).toBe(200);
    expect(await allTasks()).toEqual([
      expect.objectContaining({
        clientId,
        assigneeId: farmer.id,
        title: "Перезвонить: ООО Ромашка — пропущенный звонок",
        note: "Пропущенный звонок с номера +74951234567",
        doneAt: null,
      }),
    ]);
  });

  it("creates none for an answered call, nor for a number no client has", async () => {
    await missed("in_2", "74951234567", "answered");
    await missed("in_3", "79990000000");
    expect(await allTasks()).toHaveLength(1);
  });
});
