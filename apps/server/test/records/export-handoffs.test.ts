import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { csvCells, csvRecords, refusal } from "../support/csv.ts";
import { addMember, callerFor, createUser, orgOwnedBy, requestsAs, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type User = Awaited<ReturnType<typeof createUser>>;
const at = (iso: string) => Date.parse(iso);

describe("exporting handoffs to CSV", () => {
  let t: TestHost;
  let orgId: string;
  let anna: User;
  let boris: User;
  let cyril: User;
  let oleg: User;
  const download = (who: User, query = "") =>
    requestsAs(t, who, orgId)(`/api/v1/exports/handoffs.csv${query}`);
  const notes = async (who: User, query = "") =>
    (await csvRecords(await download(who, query))).map((r) => r.Комментарий);
  const lead = { fromFunction: "prospecting", toFunction: "first-sale" } as const;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at("2026-01-15T09:00:00Z"));
    t = await createTestHost();
    const team = await teamFixture(t, {
      growthStage: "specialists",
      members: {
        Boris: "member",
        Cyril: "member",
        Oleg: {
          name: "Свои передачи",
          permissions: ["core.clients.read", "core.handoffs.use"],
          scope: "own",
        },
      },
    });
    orgId = team.orgId;
    const { Boris, Cyril, Oleg } = team.members;
    [anna, boris, cyril, oleg] = [team.owner.user, Boris.user, Cyril.user, Oleg.user];
    const head = team.owner.caller.core;
    for (const user of [boris, cyril])
      await head.staffing.assign({ userId: user.id, function: "first-sale" });
    const client = async (name: string) => (await head.clients.create({ name })).id;
    const step = () => vi.setSystemTime(Date.now() + 60_000);
    await head.handoffs.request({
      ...lead,
      clientId: await client("Альфа"),
      note: "Хочет КП; до пятницы",
      receiverId: boris.id,
      slaHours: 1,
    });
    step();
    const rejected = await head.handoffs.request({
      ...lead,
      clientId: await client("Бета"),
      note: "Бета",
      receiverId: cyril.id,
    });
    await team.members.Cyril.caller.core.handoffs.reject({
      handoffId: rejected.id,
      reason: "Не наш профиль",
    });
    step();
    await head.handoffs.request({
      clientId: await client("Гамма"),
      fromFunction: "farming",
      toFunction: "vip",
      note: "Гамма",
    });
    step();
    const olegs = await client("Дельта");
    await head.clients.setOwner({ clientId: olegs, function: "prospecting", userId: oleg.id });
    await team.members.Oleg.caller.core.handoffs.request({
      ...lead,
      clientId: olegs,
      note: "Дельта",
      receiverId: cyril.id,
    });
    vi.setSystemTime(at("2026-01-15T11:00:00Z"));
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it("exports handoffs newest first with functions, state, people, SLA and decision", async () => {
    const response = await download(anna);
    expect(response.status).toBe(200);
    const rows = await csvRecords(response);
    expect(rows.map((r) => r.Клиент)).toEqual(["Дельта", "Гамма", "Бета", "Альфа"]);
    expect(rows[3]).toEqual({
      Передан: "2026-01-15 12:00",
      Клиент: "Альфа",
      Откуда: "Лидогенерация",
      Куда: "Первая продажа",
      Состояние: "Ожидает",
      Просрочена: "Да",
      "Кто передал": "Anna",
      Получатель: "Boris",
      "Принять до": "2026-01-15 13:00",
      Решение: "",
      Причина: "",
      Комментарий: "Хочет КП; до пятницы",
    });
    expect(rows[2]).toMatchObject({ Состояние: "Отклонена", Причина: "Не наш профиль", Получатель: "Cyril" });
    expect(rows[1]).toMatchObject({ Куда: "VIP-клиенты", Получатель: "", Просрочена: "" });
    const [header] = await csvCells(await download(anna, "?locale=en"));
    expect(header?.slice(0, 5)).toEqual(["Requested", "Client", "From", "To", "State"]);
  });

  it("filters like the handoff list", async () => {
    expect(await notes(anna, "?state=rejected")).toEqual(["Бета"]);
    expect(await notes(anna, "?toFunction=vip")).toEqual(["Гамма"]);
    expect(await notes(anna, "?fromFunction=farming")).toEqual(["Гамма"]);
    expect(await notes(anna, `?receiverId=${cyril.id}`)).toEqual(["Дельта", "Бета"]);
    expect(await notes(anna, "?overdue=true")).toEqual(["Хочет КП; до пятницы"]);
    expect(await notes(anna, "?overdue=false")).toEqual(["Дельта", "Гамма", "Бета"]);
  });

  it.each([
    ["?state=lost", "state"],
    ["?overdue=yes", "overdue"],
    ["?fromFunction=sales", "fromFunction"],
  ])("answers 400 to %s naming %s", async (query, field) => {
    expect(await refusal(await download(anna, query))).toEqual({ status: 400, fields: [field] });
  });

  it("keeps the record scope: own and team see only what they sent or received", async () => {
    expect(await notes(oleg)).toEqual(["Дельта"]);
    expect(await notes(boris)).toEqual(["Хочет КП; до пятницы"]);
    expect(await notes(cyril)).toEqual(["Дельта", "Бета"]);
  });

  it("refuses without core.handoffs.use and never shows another organisation's handoffs", async () => {
    const vera = await createUser(t, "Vera");
    await addMember(t, orgId, anna, vera, "viewer");
    expect((await download(vera)).status).toBe(403);
    const gleb = await createUser(t, "Gleb");
    const other = (await orgOwnedBy(t, gleb, "Чужая")).id;
    const theirs = (await callerFor(t, gleb, other)).core;
    const stranger = await theirs.clients.create({ name: "Чужой" });
    await theirs.handoffs.request({
      clientId: stranger.id,
      fromFunction: "farming",
      toFunction: "vip",
      note: "Чужая",
    });
    expect(await notes(anna)).not.toContain("Чужая");
    expect(await notes(anna)).toHaveLength(4);
    const inOther = await csvRecords(await requestsAs(t, gleb, other)("/api/v1/exports/handoffs.csv"));
    expect(inOther.map((r) => r.Комментарий)).toEqual(["Чужая"]);
  });
});
