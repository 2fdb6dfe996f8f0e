import { corePermissions } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { startFakeDadata } from "./fake-dadata.ts";

const token = "orgtoken42";
const lookup = [corePermissions.clientsRead.id, corePermissions.clientsWrite.id];

describe("core.registry procedures", () => {
  let fake: Awaited<ReturnType<typeof startFakeDadata>>;
  let t: TestHost;
  let orgId: string;
  let otherOrgId: string;
  const owner = () => t.caller(userActor("usr_owner"), orgId);
  beforeAll(async () => {
    fake = await startFakeDadata(token);
    t = await createTestHost({ env: { QUARTET_REGISTRY_URL: fake.url } });
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
    otherOrgId = (await t.host.createOrganisation({ name: "ООО Лютик" })).id;
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it("answers `available: false` without a token and calls nobody", async () => {
    const api = await owner();
    expect(await api.core.registry.status()).toEqual({ configured: false });
    expect(await api.core.registry.findParty({ inn: "7707083893" })).toEqual({ available: false });
    expect(await api.core.registry.findBank({ bik: "044525225" })).toEqual({ available: false });
    expect(fake.requests).toHaveLength(0);
  });

  it("with a token set by an administrator, finds the company and the bank; the token never comes back", async () => {
    const api = await owner();
    expect(await api.core.registry.setToken({ token })).toEqual({ configured: true });
    expect(JSON.stringify(await api.core.registry.status())).not.toContain(token);
    const member = await t.caller(userActor("usr_member", lookup), orgId);
    const party = await member.core.registry.findParty({ inn: "7707 083 893" });
    expect(party).toMatchObject({
      available: true,
      candidates: [{ inn: "7707083893", kpp: "773601001", director: { name: "Греф Герман Оскарович" } }],
    });
    expect(await member.core.registry.findBank({ bik: "044525225" })).toMatchObject({
      available: true,
      bank: { correspondentAccount: "30101810400000000225" },
    });
    expect(fake.requests.at(-1)?.authorization).toBe(`Token ${token}`);
    const log = await api.core.audit.list({});
    expect(JSON.stringify(log)).toContain("core.registry.token");
    expect(JSON.stringify(log)).not.toContain(token);
  });

  it("keeps each organisation's token to itself", async () => {
    const other = await t.caller(userActor("usr_other"), otherOrgId);
    expect(await other.core.registry.findParty({ inn: "7707083893" })).toEqual({ available: false });
  });

  it.each([
    { input: { inn: "7707083894" }, field: "inn" },
    { input: { inn: "12" }, field: "inn" },
    { input: { inn: "7707083893", kpp: "7" }, field: "kpp" },
  ])("refuses $input with 400 naming $field", async ({ input, field }) => {
    const refusal = await callRefusal((await owner()).core.registry.findParty(input));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fields ?? {})).toEqual([field]);
  });

  it("refuses a wrong BIK naming `bik`, and a token that is not letters and digits naming `token`", async () => {
    const api = await owner();
    expect((await callRefusal(api.core.registry.findBank({ bik: "123" }))).fields).toHaveProperty("bik");
    expect((await callRefusal(api.core.registry.setToken({ token: "ключ" }))).fields).toHaveProperty("token");
    expect(await api.core.registry.status()).toEqual({ configured: true });
  });

  it("a registry that is down is a clear PRECONDITION_FAILED refusal without the token", async () => {
    fake.setMode("down");
    const refusal = await callRefusal((await owner()).core.registry.findParty({ inn: "7707083893" }));
    fake.setMode("ok");
    expect(refusal.code).toBe("PRECONDITION_FAILED");
    expect(refusal.message).toMatch(/requisites service is unavailable/);
    expect(JSON.stringify(refusal)).not.toContain(token);
  });

  it.each([
    { path: "findParty", input: { inn: "7707083893" }, permission: corePermissions.clientsWrite.id },
    { path: "findBank", input: { bik: "044525225" }, permission: corePermissions.clientsWrite.id },
    { path: "setToken", input: { token: "x" }, permission: corePermissions.orgManage.id },
    { path: "status", input: undefined, permission: corePermissions.orgManage.id },
  ])("refuses $path to a member without $permission", async ({ path, input, permission }) => {
    const all = Object.values(corePermissions).map((p) => p.id);
    const api = await t.caller(
      userActor(
        "usr_x",
        all.filter((id) => id !== permission),
      ),
      orgId,
    );
    const call = (api.core.registry as unknown as Record<string, (i: unknown) => Promise<unknown>>)[path];
    expect((await callRefusal(call?.(input) ?? Promise.resolve())).code).toBe("FORBIDDEN");
    expect(await (await owner()).core.registry.status()).toEqual({ configured: true });
  });

  it("an empty token turns lookups off", async () => {
    const api = await owner();
    expect(await api.core.registry.setToken({ token: "" })).toEqual({ configured: false });
    expect(await api.core.registry.findParty({ inn: "7707083893" })).toEqual({ available: false });
    await api.core.registry.setToken({ token });
  });
});
