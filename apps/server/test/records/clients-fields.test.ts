import { formatError } from "@quartet/core/trpc";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return { code: error.code, ...formatError(error) };
}

describe("custom client fields", () => {
  let t: TestHost;
  let anna: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await createTestHost();
    anna = await createUser(t, "Anna");
  });
  afterAll(() => t.close());

  async function api() {
    const { owner } = await teamFixture(t, { owner: anna, org: "Поля", members: {} });
    const clients = owner.caller.core.clients;
    await clients.fields.define({
      key: "employees",
      label: { ru: "Сотрудников" },
      type: "number",
      required: true,
    });
    await clients.fields.define({
      key: "segment",
      label: { en: "Segment" },
      type: "select",
      options: ["A", "B"],
    });
    await clients.fields.define({ key: "founded", label: { ru: "Основана" }, type: "date" });
    await clients.fields.define({ key: "dealer", label: { ru: "Дилер" }, type: "boolean" });
    await clients.fields.define({
      key: "note",
      label: { ru: "Заметка" },
      type: "text",
      options: ["ignored"],
    });
    return clients;
  }

  it("defines fields with a checked key, a label in either language and options for a select", async () => {
    const clients = await api();
    const list = await clients.fields.list();
    expect(list.map((f) => [f.key, f.type, f.options, f.required])).toEqual([
      ["employees", "number", [], true],
      ["segment", "select", ["A", "B"], false],
      ["founded", "date", [], false],
      ["dealer", "boolean", [], false],
      ["note", "text", [], false],
    ]);
    expect(list[1]?.label).toEqual({ en: "Segment", ru: "Segment" });
    const taken = await refusal(clients.fields.define({ key: "segment", label: { ru: "X" }, type: "text" }));
    expect(taken).toMatchObject({ code: "CONFLICT", data: { fields: { key: "This key is taken" } } });
    const badKey = await refusal(clients.fields.define({ key: "Bad-Key", label: { ru: "X" }, type: "text" }));
    expect(badKey.data.fields).toHaveProperty("key");
    const noOptions = await refusal(
      clients.fields.define({ key: "kind", label: { ru: "X" }, type: "select" }),
    );
    expect(noOptions.data.fields).toHaveProperty("options");
    const noLabel = await refusal(clients.fields.define({ key: "x", label: {}, type: "text" }));
    expect(noLabel.data.fields).toHaveProperty("label.ru");
  });

  it("checks client values against the definitions, naming customFields.<key>", async () => {
    const clients = await api();
    const cases: [Record<string, unknown>, string][] = [
      [{}, "customFields.employees"],
      [{ employees: 10, colour: "red" }, "customFields.colour"],
      [{ employees: "ten" }, "customFields.employees"],
      [{ employees: 10, segment: "C" }, "customFields.segment"],
      [{ employees: 10, founded: "2024-02-30" }, "customFields.founded"],
      [{ employees: 10, dealer: "yes" }, "customFields.dealer"],
      [{ employees: 10, note: 5 }, "customFields.note"],
    ];
    for (const [customFields, field] of cases) {
      const refused = await refusal(
        clients.create({ name: "Ромашка", customFields: customFields as Record<string, string> }),
      );
      expect(refused.code, JSON.stringify(customFields)).toBe("BAD_REQUEST");
      expect(Object.keys(refused.data.fields ?? {}), JSON.stringify(customFields)).toEqual([field]);
      expect(refused.message).toContain(field);
    }
    const { id } = await clients.create({
      name: "Ромашка",
      customFields: {
        employees: 10,
        segment: "B",
        founded: "2001-05-17",
        dealer: true,
        note: "  hi  ",
        x: null,
      },
    });
    const created = await clients.get({ id });
    expect(created.merged === false && created.client.customFields).toEqual({
      employees: 10,
      segment: "B",
      founded: "2001-05-17",
      dealer: true,
      note: "hi",
    });
    const refusedUpdate = await refusal(
      clients.update({ id, name: "Ромашка", customFields: { segment: "A" } }),
    );
    expect(refusedUpdate.data.fields).toEqual({ "customFields.employees": "Сотрудников is required" });
  });

  it("updates a field's options and requirement, and deleting a field clears its values", async () => {
    const clients = await api();
    const fields = await clients.fields.list();
    const byKey = (key: string) => fields.find((f) => f.key === key)?.id ?? "";
    const { id } = await clients.create({ name: "Ромашка", customFields: { employees: 3, segment: "A" } });
    await clients.fields.update({ id: byKey("employees"), required: false });
    await clients.fields.update({ id: byKey("segment"), options: ["A", "C"] });
    expect((await clients.create({ name: "Лютик", customFields: { segment: "C" } })).id).toBeTruthy();
    const cleared = await clients.fields.delete({ id: byKey("segment") });
    expect(cleared.clientsCleared).toBe(2);
    const page = await clients.get({ id });
    expect(page.merged === false && page.client.customFields).toEqual({ employees: 3 });
    expect((await refusal(clients.update({ id, name: "Р", customFields: { segment: "A" } }))).code).toBe(
      "BAD_REQUEST",
    );
    expect((await refusal(clients.fields.delete({ id: byKey("segment") }))).code).toBe("NOT_FOUND");
  });
});
