import { allCorePermissions, corePermissions } from "@quartet/core";
import { callEvents, telephonyExtensions, telephonySettings } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { callPath, everyPermissionBut } from "../support/refusals.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const catalog = allCorePermissions.map((p) => p.id);
const settings = { adapter: "zadarma", settings: { key: "apikey0001", secret: "0123456789abcdef0123" } };

describe("telephony refusals", () => {
  let t: TestHost;
  let orgId: string;
  const rows = async () => {
    const db = (await t.host.runtime(orgId)).db;
    return [
      await db.select().from(telephonySettings),
      await db.select().from(telephonyExtensions),
      await db.select().from(callEvents),
    ];
  };

  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "A" })).id;
  });
  afterAll(() => t.close());

  it.each([
    ["core.telephony.settings.save", corePermissions.orgManage.id, settings],
    ["core.telephony.extensions.set", corePermissions.orgManage.id, { extension: "101", userId: "usr_x" }],
    ["core.telephony.extensions.remove", corePermissions.orgManage.id, { extension: "101" }],
    ["core.telephony.startCall", corePermissions.telephonyCall.id, { to: "+74951234567" }],
  ])("%s refuses a member without %s and writes nothing", async (path, permission, input) => {
    const before = await rows();
    const caller = await t.caller(everyPermissionBut(catalog, permission), orgId);
    await expect(callPath(caller, path, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rows()).toEqual(before);
  });

  it.each([
    ["an unknown adapter", { adapter: "nope", settings: {} }, "adapter"],
    [
      "a key that is not one",
      { adapter: "zadarma", settings: { ...settings.settings, key: "a b" } },
      "settings.key",
    ],
    ["no secret", { adapter: "zadarma", settings: { key: "apikey0001" } }, "settings.secret"],
    [
      "a time zone that does not exist",
      { adapter: "zadarma", settings: { ...settings.settings, timeZone: "Mars/Base" } },
      "settings.timeZone",
    ],
  ])("settings.save refuses %s naming %s, writing nothing", async (_, input, field) => {
    const before = await rows();
    const owner = await t.caller(userActor("usr_owner"), orgId);
    const refusal = await callRefusal(owner.core.telephony.settings.save(input));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fields ?? {})).toContain(field);
    expect(await rows()).toEqual(before);
  });

  it("extensions.set refuses an extension that is not digits and someone outside the organisation", async () => {
    const owner = await t.caller(userActor("usr_owner"), orgId);
    expect(
      await callRefusal(owner.core.telephony.extensions.set({ extension: "1a", userId: "usr_owner" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: { extension: "An extension is 1 to 10 digits" },
    });
    expect(
      await callRefusal(owner.core.telephony.extensions.set({ extension: "101", userId: "usr_nobody" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: { userId: "This person is not a member of the organisation" },
    });
  });

  it("startCall refuses in words when no PBX is connected", async () => {
    const owner = await t.caller(userActor("usr_owner"), orgId);
    expect(await callRefusal(owner.core.telephony.startCall({ to: "+74951234567" }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "No telephone exchange is connected (Settings → Telephony)",
    });
  });
});
