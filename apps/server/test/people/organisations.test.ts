import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addMember, callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("organisations and members", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("makes the creator the owner, provisions the database and switches to it", async () => {
    const anna = await createUser(t, "Anna");
    const org = await orgOwnedBy(t, anna, "ООО Ромашка");
    expect(org).toMatchObject({
      name: "ООО Ромашка",
      defaultCurrency: "RUB",
      timeZone: "Europe/Moscow",
      locale: "ru",
      growthStage: "solo",
    });
    const me = await (await callerFor(t, anna)).core.me();
    expect(me).toMatchObject({
      activeOrgId: org.id,
      role: "owner",
      organisations: [{ id: org.id, role: "owner" }],
    });
    expect(me.permissions).toEqual(["*"]);
  });

  it("lets a user belong to several organisations and switch between them", async () => {
    const anna = await createUser(t, "Anna");
    const first = await orgOwnedBy(t, anna, "First");
    const second = await orgOwnedBy(t, anna, "Second");
    const caller = await callerFor(t, anna);
    expect((await caller.core.me()).activeOrgId).toBe(second.id);
    await caller.core.org.switch({ orgId: first.id });
    expect((await (await callerFor(t, anna)).core.me()).activeOrgId).toBe(first.id);
    const stranger = await createUser(t, "Stranger");
    const theirs = await orgOwnedBy(t, stranger, "Theirs");
    await expect(caller.core.org.switch({ orgId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("validates settings and names the field", async () => {
    const anna = await createUser(t, "Anna");
    await orgOwnedBy(t, anna);
    const caller = await callerFor(t, anna);
    await expect(caller.core.org.update({ defaultCurrency: "XXX" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("defaultCurrency"),
    });
    await expect(caller.core.org.update({ timeZone: "Mars/Olympus" })).rejects.toMatchObject({
      message: expect.stringContaining("timeZone"),
    });
    expect(await caller.core.org.update({ locale: "en", growthStage: "specialists" })).toMatchObject({
      locale: "en",
      growthStage: "specialists",
    });
  });

  it("invites by email with a role: single-use, expiring, for that address only", async () => {
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    const org = await orgOwnedBy(t, anna);
    const owner = await callerFor(t, anna, org.id);
    const invited = await owner.core.invitations.create({ email: "BORIS@example.com", role: "member" });
    expect(invited.email).toBe("boris@example.com");
    const token = new URL(invited.link).searchParams.get("token") ?? "";
    expect(await (await callerFor(t, boris)).core.invitations.preview({ token })).toMatchObject({
      email: "boris@example.com",
      role: "member",
    });

    const eve = await createUser(t, "Eve");
    await expect((await callerFor(t, eve)).core.invitations.accept({ token })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await (await callerFor(t, boris)).core.invitations.accept({ token })).toEqual({
      orgId: org.id,
      role: "member",
    });
    await expect((await callerFor(t, boris)).core.invitations.accept({ token })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await owner.core.members.list()).map((m) => [m.name, m.role])).toEqual([
      ["Anna", "owner"],
      ["Boris", "member"],
    ]);

    const late = await owner.core.invitations.create({ email: "eve@example.com", role: "viewer" });
    await t.host.control.client.execute(
      "UPDATE invitations SET expires_at = 0 WHERE email = 'eve@example.com'",
    );
    const lateToken = new URL(late.link).searchParams.get("token") ?? "";
    await expect(
      (await callerFor(t, eve)).core.invitations.accept({ token: lateToken }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("changes roles, removes members and transfers ownership with the owner protected", async () => {
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    const org = await orgOwnedBy(t, anna);
    await addMember(t, org.id, anna, boris, "member");
    const owner = await callerFor(t, anna, org.id);
    await owner.core.members.changeRole({ userId: boris.id, role: "admin" });
    const admin = await callerFor(t, boris, org.id);
    await expect(admin.core.members.remove({ userId: anna.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(admin.core.members.transferOwnership({ userId: boris.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await owner.core.members.transferOwnership({ userId: boris.id });
    expect((await (await callerFor(t, boris, org.id)).core.me()).role).toBe("owner");
    expect((await (await callerFor(t, anna, org.id)).core.me()).role).toBe("admin");
    await (await callerFor(t, boris, org.id)).core.members.remove({ userId: anna.id });
    expect((await (await callerFor(t, anna, org.id)).core.me()).activeOrgId).toBeNull();
  });

  it("records every write in the audit log, filterable and paginated", async () => {
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    const org = await orgOwnedBy(t, anna);
    await addMember(t, org.id, anna, boris, "member");
    const owner = await callerFor(t, anna, org.id);
    await owner.core.members.changeRole({ userId: boris.id, role: "viewer" });
    const all = await owner.core.audit.list({ limit: 200 });
    expect(all.items.map((i) => i.action)).toEqual(
      expect.arrayContaining([
        "core.org.create",
        "core.invitation.create",
        "core.invitation.accept",
        "core.member.role",
      ]),
    );
    const roleChanges = await owner.core.audit.list({ action: "core.member" });
    expect(roleChanges.items).toMatchObject([
      { action: "core.member.role", actorId: anna.id, before: { role: "member" }, after: { role: "viewer" } },
    ]);
    const firstPage = await owner.core.audit.list({ limit: 2 });
    const secondPage = await owner.core.audit.list({ limit: 2, cursor: firstPage.nextCursor ?? "" });
    expect(secondPage.items[0]?.id).not.toBe(firstPage.items[0]?.id);
    expect([...firstPage.items, ...secondPage.items].map((i) => i.id)).toEqual(
      all.items.slice(0, 4).map((i) => i.id),
    );
  });
});
