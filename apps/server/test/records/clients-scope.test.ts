import { formatError } from "@quartet/core/trpc";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return { code: error.code, message: formatError(error).message };
}

describe("record scope: own, team, all", () => {
  let t: TestHost;
  type Api = TeamPerson["caller"]["core"]["clients"];
  const api: Record<string, Api> = {};
  const ids: Record<string, string> = {};
  let borisId = "";

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, {
      org: "Команды",
      growthStage: "departments",
      members: {
        Boris: {
          name: "Свои клиенты",
          permissions: ["core.clients.read", "core.clients.write"],
          scope: "own",
        },
        Viola: "member",
        Gleb: "member",
        Dima: "member",
      },
    });
    const owner = team.owner.caller;
    const { Boris, Viola, Gleb, Dima } = team.members;
    const [boris, viola, gleb, dima] = [Boris.user, Viola.user, Gleb.user, Dima.user];
    borisId = boris.id;
    const callers = await owner.core.staffing.createTeam({ function: "prospecting", name: "Callers" });
    const farmers = await owner.core.staffing.createTeam({
      function: "farming",
      name: "Farmers",
      leadUserId: viola.id,
    });
    for (const user of [viola, gleb]) {
      await owner.core.staffing.assign({ userId: user.id, function: "prospecting", teamId: callers.id });
    }
    await owner.core.staffing.assign({ userId: dima.id, function: "farming", teamId: farmers.id });
    const clients = owner.core.clients;
    const create = async (
      name: string,
      phone: string,
      fn?: "prospecting" | "farming" | "first-sale",
      userId?: string,
    ) => {
      ids[name] = (await clients.create({ name, phones: [phone] })).id;
      if (fn && userId) await clients.setOwner({ clientId: ids[name] ?? "", function: fn, userId });
    };
    await create("Альфа", "+74950000001", "prospecting", boris.id);
    await create("Бета", "+74950000002", "farming", gleb.id);
    await create("Гамма", "+74950000003", "first-sale", dima.id);
    await create("Дельта", "+74950000004");
    api.anna = clients;
    for (const [name, member] of Object.entries(team.members))
      api[name.toLowerCase()] = member.caller.core.clients;
  });
  afterAll(() => t.close());

  const idOf = (name: string) => ids[name] ?? "";
  const names = async (who: string) =>
    (await (api[who] as Api).list({ sort: "name" })).items.map((c) => c.name);

  it("shows each member the clients their scope reaches", async () => {
    expect(await names("anna")).toEqual(["Альфа", "Бета", "Гамма", "Дельта"]);
    expect(await names("boris")).toEqual(["Альфа"]);
    expect(await names("viola")).toEqual(["Бета", "Гамма"]);
    expect(await names("gleb")).toEqual(["Бета"]);
    expect(await names("dima")).toEqual(["Гамма"]);
    expect((await (api.boris as Api).count({})).count).toBe(1);
    expect((await (api.viola as Api).count({})).count).toBe(2);
  });

  it("answers NOT_FOUND, the same as for a made-up id, for a client out of scope", async () => {
    const boris = api.boris as Api;
    const beta = idOf("Бета");
    const missing = await refusal(boris.get({ id: "cli_made_up" }));
    const calls: Promise<unknown>[] = [
      boris.get({ id: beta }),
      boris.update({ id: beta, name: "Взлом" }),
      boris.changeStage({ clientId: beta, to: "lead" }),
      boris.setOwner({ clientId: beta, function: "vip", userId: null }),
      boris.contacts.create({ clientId: beta, name: "Шпион" }),
    ];
    for (const call of calls) expect(await refusal(call)).toEqual(missing);
    expect(missing.code).toBe("NOT_FOUND");
    expect((await boris.list({ search: "+74950000002" })).items).toEqual([]);
    expect(await names("anna")).toContain("Бета");
  });

  it("still blocks a duplicate of a client out of scope, without letting it be opened", async () => {
    const boris = api.boris as Api;
    const check = await boris.checkDuplicates({ name: "Новый", phones: ["8 495 000-00-02"] });
    expect(check.blocking).toMatchObject([{ id: idOf("Бета"), visible: false }]);
    await expect(boris.create({ name: "Новый", phones: ["+74950000002"] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("keeps a client a member creates within their own scope", async () => {
    const boris = api.boris as Api;
    const { id } = await boris.create({ name: "Ёлка" });
    expect(await names("boris")).toEqual(["Альфа", "Ёлка"]);
    const page = await boris.get({ id });
    expect(page.merged === false && [page.client.createdBy, page.client.owners.prospecting]).toEqual([
      borisId,
      borisId,
    ]);
    await boris.update({ id, name: "Ёлка", region: "Тверь" });
    expect((await boris.list({ region: "Тверь" })).items.map((c) => c.id)).toEqual([id]);
  });
});
