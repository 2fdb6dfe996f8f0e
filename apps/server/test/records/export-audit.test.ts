import { newId, systemActor } from "@quartet/core";
import { auditLog } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCells, csvRecords, refusal } from "../support/csv.ts";
import { createUser, orgOwnedBy, requestsAs, type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("exporting the audit log to CSV", () => {
  let t: TestHost;
  let orgId: string;
  let owner: TeamPerson;
  let boris: TeamPerson;
  const download = (query = "", who = owner.user) =>
    requestsAs(t, who, orgId)(`/api/v1/exports/audit.csv${query}`);
  const actions = async (query: string) => (await csvRecords(await download(query))).map((r) => r.Действие);

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t);
    [orgId, owner, boris] = [team.orgId, team.owner, team.members.Boris];
    await owner.caller.core.members.changeRole({ userId: boris.user.id, role: "viewer" });
  });
  afterAll(() => t.close());

  it("exports the log newest first, as the audit browser lists it, with the record before and after", async () => {
    const response = await download();
    expect(response.status).toBe(200);
    const rows = await csvRecords(response);
    const listed = await owner.caller.core.audit.list({ limit: 200 });
    expect(rows.map((r) => r.Действие)).toEqual(listed.items.map((i) => i.action));
    expect(rows[0]).toMatchObject({
      Кто: "Anna",
      Кем: "Пользователь",
      Действие: "core.member.role",
      "Id объекта": boris.user.id,
      До: '{"role":"member"}',
      После: '{"role":"viewer"}',
    });
    expect(rows[0]?.Время).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const [header] = await csvCells(await download("?locale=en"));
    expect(header).toEqual([
      "Time",
      "Who",
      "Acting as",
      "Action",
      "Record",
      "Record id",
      "Function",
      "Before",
      "After",
    ]);
  });

  it("filters like the audit browser", async () => {
    expect(await actions("?action=core.member")).toEqual(["core.member.role"]);
    expect(await actions(`?actorId=${boris.user.id}`)).toEqual(["core.invitation.accept"]);
    expect(await actions(`?entityId=${boris.user.id}`)).toContain("core.member.role");
    expect(await actions(`?from=${Date.now() + 60_000}`)).toEqual([]);
    expect(await actions("?to=0")).toEqual([]);
  });

  it("reads the whole log page by page", async () => {
    const at = Date.now() - 86_400_000;
    const rows = Array.from({ length: 450 }, (_, i) => ({
      ...{ id: newId("aud"), at: at + i, actorKind: "system", actorId: "system", actorName: "Импорт" },
      ...{ action: "core.client.create", entity: "client", entityId: `cli_${i}`, before: null, after: { i } },
    }));
    await (await t.host.runtime(orgId)).write(systemActor, (scope) => scope.tx.insert(auditLog).values(rows));
    const exported = await csvRecords(await download("?action=core.client.create"));
    expect(exported).toHaveLength(450);
    expect(new Set(exported.map((r) => r["Id объекта"])).size).toBe(450);
    expect(exported[0]).toMatchObject({
      Кем: "Система",
      До: "",
      После: expect.stringMatching(/^\{"i":\d+\}$/),
    });
  });

  it.each([
    ["?from=yesterday", "from"],
    ["?to=1.5", "to"],
    ["?locale=de", "locale"],
  ])("answers 400 to %s naming %s", async (query, field) => {
    expect(await refusal(await download(query))).toEqual({ status: 400, fields: [field] });
  });

  it("refuses without core.audit.read and never shows another organisation's log", async () => {
    expect((await download("", boris.user)).status).toBe(403);
    const head = await owner.caller.core.apiKeys.create({ name: "head", role: "head-of-sales" });
    const byHead = await t.app().request("/api/v1/exports/audit.csv", {
      headers: { authorization: `Bearer ${head.key}` },
    });
    expect(byHead.status).toBe(403);
    const gleb = await createUser(t, "Gleb");
    const other = (await orgOwnedBy(t, gleb, "Чужая")).id;
    expect((await csvRecords(await download())).map((r) => r.Кто)).not.toContain("Gleb");
    const theirs = await csvRecords(await requestsAs(t, gleb, other)("/api/v1/exports/audit.csv"));
    expect(theirs.map((r) => r.Действие)).toContain("core.org.create");
    expect(new Set(theirs.map((r) => r.Кто))).toEqual(new Set(["Gleb"]));
  });
});
