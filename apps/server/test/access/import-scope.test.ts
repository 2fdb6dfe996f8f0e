import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

describe("an import's live progress answers only in its own organisation", () => {
  let t: TestHost;
  let a: { orgId: string; owner: TeamPerson };
  let b: { orgId: string; owner: TeamPerson };
  let importId: string;
  beforeAll(async () => {
    t = await createTestHost();
    a = await teamFixture(t, { org: "Альфа", members: {} });
    b = await teamFixture(t, { org: "Бета", owner: await createUser(t, "Boris"), members: {} });
    const runtime = await t.host.runtime(a.orgId);
    const created = await t.host.imports.create(
      { org: runtime, actor: userActor(a.owner.user.id) },
      {
        body: Readable.from([Buffer.from("Название;Телефон\r\nООО Альфа;+79120000003\r\n")]),
        fileName: "a.csv",
      },
    );
    importId = created.importId;
    const mapping = Object.fromEntries(created.mapping.map((m) => [m.header, m.field]));
    await a.owner.caller.core.imports.dryRun({ importId, mapping });
  });
  afterAll(() => t.close());

  it("its own organisation sees the progress of the dry run", async () => {
    expect(await a.owner.caller.core.imports.progress({ importId })).toMatchObject({
      importId,
      phase: "dry-run",
      state: "done",
    });
  });

  it("another organisation's member gets NOT_FOUND, not the progress nor the row errors", async () => {
    await expect(b.owner.caller.core.imports.progress({ importId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(b.owner.caller.core.imports.get({ importId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.owner.caller.core.imports.errors({ importId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
