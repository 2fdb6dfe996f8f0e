import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

// The list reuses a page's compiled statement for a few seconds (`pageStatement`): never its rows.
describe("the client list asked again: today's rows through a reused statement", () => {
  let t: TestHost;
  let owner: TeamPerson;
  let oleg: TeamPerson;

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, {
      org: "Повтор",
      members: {
        Oleg: { name: "Свои", permissions: ["core.clients.read", "core.clients.write"], scope: "own" },
      },
    });
    owner = team.owner;
    oleg = team.members.Oleg;
  });
  afterAll(() => t.close());

  const page = { stage: "lead", sort: "updatedAt", limit: 50 } as const;
  const names = async (who: TeamPerson) =>
    (await who.caller.core.clients.list(page)).items.map((item) => item.name).sort();

  it("shows a client created, renamed or moved on between two identical requests", async () => {
    const first = await owner.caller.core.clients.create({ name: "Альфа", phones: ["+74951110001"] });
    await owner.caller.core.clients.changeStage({ clientId: first.id, to: "lead" });
    expect(await names(owner)).toEqual(["Альфа"]);

    const second = await owner.caller.core.clients.create({ name: "Бета", phones: ["+74951110002"] });
    await owner.caller.core.clients.changeStage({ clientId: second.id, to: "lead" });
    await owner.caller.core.clients.update({ id: first.id, name: "Альфа-2", phones: ["+74951110001"] });
    expect(await names(owner)).toEqual(["Альфа-2", "Бета"]);
  });

  it("keeps each actor's record scope: the same filters read by someone who sees only their own", async () => {
    expect(await names(oleg)).toEqual([]);
    const mine = await oleg.caller.core.clients.create({ name: "Гамма", phones: ["+74951110003"] });
    await oleg.caller.core.clients.changeStage({ clientId: mine.id, to: "lead" });
    expect(await names(oleg)).toEqual(["Гамма"]);
    expect(await names(owner)).toEqual(["Альфа-2", "Бета", "Гамма"]);
  });
});
