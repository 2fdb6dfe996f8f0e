import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("text hygiene: one policy for every text a procedure receives", () => {
  let t: TestHost;
  let orgId: string;
  let owner: TeamPerson;
  beforeAll(async () => {
    t = await createTestHost();
    ({ orgId, owner } = await teamFixture(t, { members: {} }));
  });
  afterAll(() => t.close());

  const nameOf = async (id: string) => {
    const page = await owner.caller.core.clients.get({ id });
    if (page.merged) throw new Error("merged");
    return page.client.name;
  };

  it("refuses a NUL in a name, naming the field, and stores nothing (it used to truncate the name)", async () => {
    const before = (await owner.caller.core.clients.count({})).count;
    const refusal = await callRefusal(
      owner.caller.core.clients.create({ name: "ООО Ромашка\u0000 и партнёры" }),
    );
    expect(refusal).toMatchObject({
      code: "BAD_REQUEST",
      fields: { name: expect.stringContaining("control") },
    });
    expect((await owner.caller.core.clients.count({})).count).toBe(before);
  });

  it("refuses a control character in any field of any procedure, deep inside the input", async () => {
    const client = await owner.caller.core.clients.create({ name: "ООО Ландыш" });
    const refusal = await callRefusal(
      owner.caller.core.tasks.create({ title: "Позвонить", clientId: client.id, note: "до обеда\u0007" }),
    );
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", fields: { note: expect.any(String) } });
    expect((await owner.caller.core.tasks.forClient({ clientId: client.id })).items).toEqual([]);
  });

  it("removes bidi overrides and zero-width characters and stores names in NFC", async () => {
    const { id } = await owner.caller.core.clients.create({
      name: "\u202eООО «Ро\u200bмашка»\ufeff",
      tags: ["Краи\u0306\u2066"],
    });
    expect(await nameOf(id)).toBe("ООО «Ромашка»");
    const page = await owner.caller.core.clients.get({ id });
    expect(page.merged || page.client.tags).toEqual(["Край"]);
  });

  it("cleans a field of a plain schema too (a task title), and folds line breaks of a one-line title", async () => {
    const task = await owner.caller.core.tasks.create({
      title: "Позвонить\u200b\nдиректору",
      note: "a\r\nb",
    });
    expect(task).toMatchObject({ title: "Позвонить директору", note: "a\nb" });
  });

  it("answers 400 over HTTP naming the field", async () => {
    const response = await t.app().request("/trpc/core.clients.create", {
      method: "POST",
      headers: { "content-type": "application/json", "x-test-user": owner.user.id, "x-test-org": orgId },
      body: JSON.stringify({ json: { name: "Ромашка\u0000" } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { data: { fields: Record<string, string> } } } };
    expect(Object.keys(body.error.json.data.fields)).toEqual(["name"]);
  });
});
