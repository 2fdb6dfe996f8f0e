import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCells, csvRecords, refusal } from "../support/csv.ts";
import {
  addMember,
  callerFor,
  createUser,
  orgOwnedBy,
  requestsAs,
  type TeamPerson,
  teamFixture,
} from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("exporting orders to CSV", () => {
  let t: TestHost;
  let orgId: string;
  let owner: TeamPerson;
  let oleg: Awaited<ReturnType<typeof createUser>>;
  let alpha: string;
  let beta: string;
  const ownerGets = (query = "") => requestsAs(t, owner.user, orgId)(`/api/v1/exports/orders.csv${query}`);
  const line = (name: string, amountMinor: number, quantity = 1) => ({
    name,
    quantity,
    price: { amountMinor },
  });

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, {
      members: {
        Oleg: { name: "Свои заказы", permissions: ["core.clients.read", "core.orders.read"], scope: "own" },
      },
    });
    [orgId, owner, oleg] = [team.orgId, team.owner, team.members.Oleg.user];
    const api = owner.caller.core;
    alpha = (await api.clients.create({ name: 'ООО "Альфа; и партнёры"' })).id;
    beta = (await api.clients.create({ name: "Бета" })).id;
    await api.clients.setOwner({ clientId: alpha, function: "first-sale", userId: oleg.id });
    const first = await api.orders.record({
      clientId: alpha,
      orderedOn: "2026-01-10",
      function: "first-sale",
      lines: [line("Сыр", 100_000), line("Доставка", 23_456)],
    });
    await api.orders.payments.record({ orderId: first.id, amount: { amountMinor: 23_456 }, method: "bank" });
    const paid = await api.orders.record({
      clientId: beta,
      orderedOn: "2026-02-01",
      lines: [line("Масло", 5_000, 2)],
    });
    await api.orders.payments.record({ orderId: paid.id, amount: { amountMinor: 10_000 }, method: "cash" });
    const cancelled = await api.orders.record({
      clientId: beta,
      orderedOn: "2026-03-01",
      lines: [line("Хлеб", 700)],
    });
    await api.orders.cancel({ orderId: cancelled.id });
  });
  afterAll(() => t.close());

  it("writes number, date, client, lines, amounts Excel sums, payment state and currency, newest first", async () => {
    const response = await ownerGets();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7%D1%8B-",
    );
    const rows = await csvRecords(response);
    expect(rows.map((r) => [r.Дата, r.Клиент, r.Статус])).toEqual([
      ["2026-03-01", "Бета", "Отменён"],
      ["2026-02-01", "Бета", "Подтверждён"],
      ["2026-01-10", 'ООО "Альфа; и партнёры"', "Подтверждён"],
    ]);
    expect(rows[2]).toMatchObject({
      Номер: expect.stringMatching(/^Q-\d{6}$/),
      Позиций: "2",
      Итого: "1234,56",
      Оплачено: "234,56",
      "Остаток к оплате": "1000,00",
      Оплата: "Оплачен частично",
      Валюта: "RUB",
      Функция: "Первая продажа",
    });
    expect(rows[1]).toMatchObject({ Итого: "100,00", "Остаток к оплате": "0,00", Оплата: "Оплачен" });
  });

  it("filters by client, status, payment state and dates, and speaks English on request", async () => {
    const clients = async (query: string) => (await csvRecords(await ownerGets(query))).map((r) => r.Клиент);
    expect(await clients(`?clientId=${alpha}`)).toEqual(['ООО "Альфа; и партнёры"']);
    expect(await clients("?status=cancelled")).toEqual(["Бета"]);
    expect(await clients("?paymentStatus=partial")).toEqual(['ООО "Альфа; и партнёры"']);
    expect(await clients("?from=2026-01-11&to=2026-02-01")).toEqual(["Бета"]);
    const [header, , , first] = await csvCells(await ownerGets("?locale=en"));
    expect(header?.slice(0, 4)).toEqual(["Number", "Date", "Client", "Lines"]);
    expect(first?.slice(6, 9)).toEqual(["1234.56", "234.56", "1000.00"]);
  });

  it.each([
    ["?paymentStatus=maybe", "paymentStatus"],
    ["?from=2026-13-01", "from"],
    ["?status=lost", "status"],
    ["?locale=de", "locale"],
  ])("answers 400 to %s naming %s", async (query, field) => {
    expect(await refusal(await ownerGets(query))).toEqual({ status: 400, fields: [field] });
  });

  it("keeps record scope own: only the orders of one's own clients, and another's client is not found", async () => {
    const asOleg = requestsAs(t, oleg, orgId);
    const rows = await csvRecords(await asOleg("/api/v1/exports/orders.csv"));
    expect(rows.map((r) => r.Клиент)).toEqual(['ООО "Альфа; и партнёры"']);
    expect((await asOleg(`/api/v1/exports/orders.csv?clientId=${beta}`)).status).toBe(404);
  });

  it("refuses without core.orders.read and never shows another organisation's orders", async () => {
    const noOrders = await owner.caller.core.roles.create({
      name: "Без заказов",
      permissions: ["core.clients.read"],
    });
    const nina = await createUser(t, "Nina");
    await addMember(t, orgId, owner.user, nina, noOrders.id);
    expect((await requestsAs(t, nina, orgId)("/api/v1/exports/orders.csv")).status).toBe(403);
    expect((await t.app().request("/api/v1/exports/orders.csv")).status).toBe(401);

    const gleb = await createUser(t, "Gleb");
    const other = (await orgOwnedBy(t, gleb, "Чужая")).id;
    const theirs = (await callerFor(t, gleb, other)).core;
    const stranger = await theirs.clients.create({ name: "Чужой клиент" });
    await theirs.orders.record({ clientId: stranger.id, lines: [line("Чужое", 1_00)] });
    expect((await requestsAs(t, gleb, orgId)("/api/v1/exports/orders.csv")).status).toBe(412);
    const key = await owner.caller.core.apiKeys.create({ name: "viewer", role: "viewer" });
    const byKey = await t.app().request("/api/v1/exports/orders.csv", {
      headers: { authorization: `Bearer ${key.key}`, "x-quartet-org": other },
    });
    const seen = (await csvRecords(byKey)).map((r) => r.Клиент);
    expect(seen).toHaveLength(3);
    expect(seen).not.toContain("Чужой клиент");
    const inOther = await csvRecords(await requestsAs(t, gleb, other)("/api/v1/exports/orders.csv"));
    expect(inOther.map((r) => r.Клиент)).toEqual(["Чужой клиент"]);
  });
});
