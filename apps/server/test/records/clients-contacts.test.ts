import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("contacts of a client", () => {
  let t: TestHost;
  let anna: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await createTestHost();
    anna = await createUser(t, "Anna");
  });
  afterAll(() => t.close());

  async function api() {
    const { owner } = await teamFixture(t, { owner: anna, org: "Контакты", members: {} });
    return owner.caller.core.clients;
  }
  async function contactsOf(clients: Awaited<ReturnType<typeof api>>, id: string) {
    const page = await clients.get({ id });
    if (page.merged) throw new Error("merged");
    return page.contacts.map((c) => [c.name, c.role, c.isPrimary]);
  }

  it("keeps exactly one primary contact per client", async () => {
    const clients = await api();
    const { id } = await clients.create({
      name: "Ромашка",
      contacts: [{ name: "Иван", role: "decision-maker" }, { name: "Пётр" }],
    });
    expect(await contactsOf(clients, id)).toEqual([
      ["Иван", "decision-maker", true],
      ["Пётр", "other", false],
    ]);
    const olga = await clients.contacts.create({
      clientId: id,
      name: "Ольга",
      role: "accounting",
      isPrimary: true,
    });
    expect(await contactsOf(clients, id)).toEqual([
      ["Ольга", "accounting", true],
      ["Иван", "decision-maker", false],
      ["Пётр", "other", false],
    ]);
    await clients.contacts.update({
      contactId: olga.id,
      name: "Ольга",
      role: "accounting",
      isPrimary: false,
    });
    expect((await contactsOf(clients, id))[0]).toEqual(["Иван", "decision-maker", true]);
    const page = await clients.get({ id });
    const ivan = page.merged ? "" : (page.contacts[0]?.id ?? "");
    await clients.contacts.delete({ contactId: ivan });
    expect(await contactsOf(clients, id)).toEqual([
      ["Пётр", "other", true],
      ["Ольга", "accounting", false],
    ]);
  });

  it("keeps the client's duplicate keys in step with its contacts", async () => {
    const clients = await api();
    const { id } = await clients.create({ name: "Ромашка" });
    const ivan = await clients.contacts.create({ clientId: id, name: "Иван", phones: ["8 916 123-45-67"] });
    await expect(clients.create({ name: "Лютик", phones: ["+79161234567"] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const other = await clients.create({ name: "Василёк", emails: ["boss@vasilek.ru"] });
    const moved = await clients.contacts.update({
      contactId: ivan.id,
      name: "Иван",
      phones: [],
      emails: ["ivan@vasilek.ru"],
    });
    expect(moved.warnings).toMatchObject([{ id: other.id, reasons: ["domain"] }]);
    expect((await clients.create({ name: "Лютик", phones: ["+79161234567"] })).warnings).toEqual([]);
    await clients.contacts.delete({ contactId: ivan.id });
    expect((await clients.checkDuplicates({ name: "", emails: ["x@vasilek.ru"] })).blocking).toMatchObject([
      { id: other.id },
    ]);
    expect((await clients.list({ search: "ivan@vasilek.ru" })).items).toEqual([]);
  });

  it("answers NOT_FOUND for a contact that does not exist and refuses a bad phone by its index", async () => {
    const clients = await api();
    const { id } = await clients.create({ name: "Ромашка" });
    await expect(clients.contacts.delete({ contactId: "con_nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      clients.contacts.create({ clientId: id, name: "Иван", phones: ["+7 916 123-45-67", "12"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("phones") });
    await expect(clients.contacts.create({ clientId: "cli_nope", name: "Иван" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
