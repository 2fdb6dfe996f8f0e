import { type Actor, isDomainError, systemActor } from "@quartet/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createUser, orgOwnedBy, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

describe("a plugin keeps a client's tasks through ctx.records, never core_tasks", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("creates tasks for a client, lists them open or all, and completes one", async () => {
    const anna = await createUser(t, "Anna");
    const org = await orgOwnedBy(t, anna, "Romashka", "solo");
    const ctx = t.host.serviceContext({
      org: await t.host.runtime(org.id),
      actor: systemActor,
      clock: t.host.clock,
      logger: t.host.logger,
      settings: {},
    });
    const write = <T>(fn: Parameters<typeof ctx.org.write<T>>[1]) => ctx.org.write(systemActor, fn);
    const client = await write((scope) => ctx.records.clients.create(scope, { name: "ООО Ромашка" }));
    const other = await write((scope) => ctx.records.clients.create(scope, { name: "ООО Лютик" }));
    await write((scope) =>
      ctx.records.tasks.create(scope, {
        clientId: client.id,
        title: "Позвонить",
        assigneeId: anna.id,
        dueAt: 2_000,
      }),
    );
    const offer = await write((scope) =>
      ctx.records.tasks.create(scope, {
        clientId: client.id,
        title: "Отправить КП",
        assigneeId: anna.id,
        dueAt: 1_000,
      }),
    );
    await write((scope) =>
      ctx.records.tasks.create(scope, { clientId: other.id, title: "Чужая", assigneeId: anna.id }),
    );

    const titles = async (includeDone?: boolean) =>
      (await ctx.records.tasks.ofClient(client.id, { includeDone })).map((task) => task.title);
    expect(await titles()).toEqual(["Отправить КП", "Позвонить"]);
    await write((scope) => ctx.records.tasks.complete(scope, offer.id));
    expect(await titles()).toEqual(["Позвонить"]);
    expect(await titles(true)).toEqual(["Отправить КП", "Позвонить"]);
    const [done] = await ctx.records.tasks.ofClient(client.id, { includeDone: true });
    expect(done).toMatchObject({ id: offer.id, clientId: client.id, doneAt: expect.any(Number) });
    expect((await ctx.records.tasks.ofClient(other.id)).map((task) => task.title)).toEqual(["Чужая"]);
  });

  it("lists a client's tasks only to an actor whose record scope reaches the client", async () => {
    const { orgId, members } = await teamFixture(t, {
      members: { Boris: { name: "Свои клиенты", permissions: ["core.clients.read"], scope: "own" } },
    });
    const contextOf = async (actor: Actor) =>
      t.host.serviceContext({
        org: await t.host.runtime(orgId),
        actor,
        clock: t.host.clock,
        logger: t.host.logger,
        settings: {},
      });
    const system = await contextOf(systemActor);
    const boris = members.Boris.user;
    const write = <T>(fn: Parameters<typeof system.org.write<T>>[1]) => system.org.write(systemActor, fn);
    const theirs = await write((scope) => system.records.clients.create(scope, { name: "ООО Ромашка" }));
    const his = await write((scope) => system.records.clients.create(scope, { name: "ООО Лютик" }));
    await write((scope) => system.records.clients.setOwner(scope, his.id, "prospecting", boris.id));
    for (const client of [theirs, his]) {
      await write((scope) =>
        system.records.tasks.create(scope, { clientId: client.id, title: "Позвонить", assigneeId: boris.id }),
      );
    }

    const own = await contextOf({ ...userActor(boris.id, ["core.clients.read"]), scope: "own" });
    expect((await own.records.tasks.ofClient(his.id)).map((task) => task.clientId)).toEqual([his.id]);
    const refused = await own.records.tasks.ofClient(theirs.id).catch((error: unknown) => error);
    expect(isDomainError(refused) && refused.code).toBe("NOT_FOUND");
    expect(isDomainError(refused) && refused.fields).toHaveProperty("clientId");
    expect(await system.records.tasks.ofClient(theirs.id)).toHaveLength(1);
  });
});
