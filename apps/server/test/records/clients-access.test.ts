import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Api = TeamPerson["caller"]["core"]["clients"];

describe("client writes refuse an actor without their permission", () => {
  let t: TestHost;
  let owner: Api;
  let viewer: Api;
  let member: Api;
  let ids: { a: string; b: string; contact: string; field: string; memberId: string };

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, { org: "Доступ", members: { Vera: "viewer", Mark: "member" } });
    const { Vera, Mark } = team.members;
    [owner, viewer, member] = [
      team.owner.caller.core.clients,
      Vera.caller.core.clients,
      Mark.caller.core.clients,
    ];
    const a = await owner.create({ name: "Альфа", contacts: [{ name: "Иван" }] });
    const b = await owner.create({ name: "Бета" });
    const page = await owner.get({ id: a.id });
    const field = await owner.fields.define({ key: "size", label: { ru: "Размер" }, type: "number" });
    ids = {
      a: a.id,
      b: b.id,
      contact: page.merged ? "" : (page.contacts[0]?.id ?? ""),
      field: field.id,
      memberId: Mark.user.id,
    };
  });
  afterAll(() => t.close());

  const writes: [string, (api: Api) => Promise<unknown>][] = [
    ["create", (api) => api.create({ name: "Гамма" })],
    ["update", (api) => api.update({ id: ids.a, name: "Взлом" })],
    ["changeStage", (api) => api.changeStage({ clientId: ids.a, to: "lead" })],
    ["setOwner", (api) => api.setOwner({ clientId: ids.a, function: "vip", userId: ids.memberId })],
    ["merge", (api) => api.merge({ intoId: ids.a, fromId: ids.b })],
    ["contacts.create", (api) => api.contacts.create({ clientId: ids.a, name: "Пётр" })],
    ["contacts.update", (api) => api.contacts.update({ contactId: ids.contact, name: "Иван И." })],
    ["contacts.delete", (api) => api.contacts.delete({ contactId: ids.contact })],
    ["fields.define", (api) => api.fields.define({ key: "x", label: { ru: "X" }, type: "text" })],
    ["fields.update", (api) => api.fields.update({ id: ids.field, required: true })],
    ["fields.delete", (api) => api.fields.delete({ id: ids.field })],
  ];

  it.each(writes)("a viewer cannot %s", async (_name, write) => {
    await expect(write(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it.each(writes.filter(([name]) => name === "merge" || name.startsWith("fields.")))(
    "a member cannot %s",
    async (_name, write) => {
      await expect(write(member)).rejects.toMatchObject({ code: "FORBIDDEN" });
    },
  );

  it("left every record as it was", async () => {
    expect((await owner.list({ sort: "name" })).items.map((c) => [c.name, c.stage, c.owners.vip])).toEqual([
      ["Альфа", "prospect", null],
      ["Бета", "prospect", null],
    ]);
    const page = await owner.get({ id: ids.a });
    expect(page.merged === false && page.contacts.map((c) => c.name)).toEqual(["Иван"]);
    expect((await owner.fields.list()).map((f) => [f.key, f.required])).toEqual([["size", false]]);
    expect((await viewer.list({})).items).toHaveLength(2);
  });
});
