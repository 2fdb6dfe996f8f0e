import { manualClock } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { newClient } from "./support/samples.ts";

type Filters = {
  hunterId?: string;
  mine?: boolean;
  source?: string;
  rotting?: boolean;
  nextStepOverdue?: boolean;
  search?: string;
};

const past = { text: "Позвонить", dueOn: "2020-01-10" };
const future = { text: "Встреча", dueOn: "2099-01-10" };

/**
 * Five open deals over three stages of the default pipeline, two hunters, two sources, next
 * steps overdue, planned or missing, and one lost deal: what the board and the list are compared on.
 */
async function seeded() {
  const h = await firstSaleHost();
  const mark = await h.member("Марк", "member");
  const core = (await h.core()).core;
  const romashka = await core.clients.create({ name: "ООО Ромашка" });
  const lyutik = await core.clients.create({ name: "ООО Лютик" });
  const fs = (await h.as(h.owner)).firstSale;
  const stages = (await fs.deals.board({})).columns.map((c) => c.stage);
  const [first, second, third] = stages;
  if (!first || !second || !third) throw new Error("the default pipeline has working stages");
  const make = (title: string, rubles: number, more: Record<string, unknown>) =>
    fs.deals.create({ clientId: romashka.id, title, estimate: { amountMinor: rubles * 100 }, ...more });
  await make("Сыр", 100_000, { stageId: first.id, source: "Сайт", nextStep: past });
  await make("Масло", 50_000.5, { stageId: first.id, source: "Звонок", nextStep: future });
  await make("Творог", 33_333.33, { stageId: second.id, source: "Сайт", hunterId: mark.id });
  await make("Кефир", 77_777, { clientId: lyutik.id, stageId: third.id, hunterId: mark.id, nextStep: past });
  await make("Сметана", 12_000, { stageId: third.id, source: "Звонок", nextStep: future });
  const lost = await make("Йогурт", 999, { stageId: first.id });
  const reason = (await fs.deals.policy()).lostReasons[0]?.key ?? "price";
  const lostStage = stages.find((s) => s.kind === "lost");
  await fs.deals.moveStage({ dealId: lost.id, stageId: lostStage?.id ?? "", reason, note: "дорого" });
  return { h, fs, mark, stages, first, second, third, romashka };
}

/** The board's total and the list's sums for the same filter, with the titles each shows. */
async function bothViews(h: FirstSaleHost, user: Parameters<FirstSaleHost["as"]>[0], filters: Filters) {
  const fs = (await h.as(user)).firstSale;
  const board = await fs.deals.board(filters);
  const list = await fs.deals.page({
    ...filters,
    pipelineId: board.pipeline?.id ?? "",
    status: "open",
    limit: 100,
  });
  const open = board.columns.filter((c) => c.stage.kind === "open");
  return {
    board,
    list,
    boardTitles: open.flatMap((c) => c.deals.map((d) => d.title)).sort(),
    listTitles: list.items.map((d) => d.title).sort(),
  };
}

describe("the deal board's sums and filters", () => {
  it("sums each column and the board as the list sums the same deals", async () => {
    const { h, fs, first, third } = await seeded();
    try {
      const { board, list } = await bothViews(h, h.owner, {});
      expect(board.totals).toEqual([
        { currency: "RUB", count: 5, amountMinor: 27_311_083, weightedMinor: expect.any(Number) },
      ]);
      expect(board.totals).toEqual(list.sums);
      expect([board.currency, list.currency]).toEqual(["RUB", "RUB"]);
      const column = board.columns.find((c) => c.stage.id === first.id);
      expect(column).toMatchObject({ count: 2, totals: [{ count: 2, amountMinor: 15_000_050 }] });
      expect(column?.totals).toEqual((await fs.deals.page({ stageId: first.id })).sums);
      const weighted = Math.round((15_000_050 * first.probability) / 100);
      expect(column?.totals[0]?.weightedMinor).toBe(weighted);
      const last = board.columns.find((c) => c.stage.id === third.id);
      expect(last?.totals).toEqual((await fs.deals.page({ stageId: third.id })).sums);
      const lost = board.columns.find((c) => c.stage.kind === "lost");
      expect(lost).toMatchObject({ count: 1, totals: [{ amountMinor: 99_900, weightedMinor: 0 }] });
      expect(board.sources).toEqual(["Звонок", "Сайт"]);
    } finally {
      await h.close();
    }
  });

  it.each<[string, (ids: { mark: string }) => Filters, string[], string[]]>([
    ["mine", () => ({ mine: true }), ["Масло", "Сметана", "Сыр"], ["Кефир", "Творог"]],
    ["owner", ({ mark }) => ({ hunterId: mark }), ["Кефир", "Творог"], ["Сыр"]],
    ["source", () => ({ source: "Сайт" }), ["Сыр", "Творог"], ["Масло", "Кефир"]],
    ["rotting", () => ({ rotting: true }), ["Творог"], ["Сыр", "Кефир"]],
    ["next step overdue", () => ({ nextStepOverdue: true }), ["Кефир", "Сыр"], ["Масло", "Творог"]],
    ["search", () => ({ search: "Смет" }), ["Сметана"], ["Сыр", "Кефир"]],
  ])("filters by %s on the board and the list alike", async (_name, filter, shown, hidden) => {
    const { h, mark } = await seeded();
    try {
      const views = await bothViews(h, h.owner, filter({ mark: mark.id }));
      expect(views.boardTitles).toEqual([...shown].sort());
      expect(views.listTitles).toEqual(views.boardTitles);
      for (const title of hidden) expect(views.boardTitles).not.toContain(title);
      expect(views.board.totals).toEqual(views.list.sums);
      expect(views.board.totals[0]?.count).toBe(shown.length);
    } finally {
      await h.close();
    }
  });

  it("reads 'mine' as the viewer's own deals, and an empty filter result has no sums", async () => {
    const { h, mark } = await seeded();
    try {
      const markViews = await bothViews(h, mark, { mine: true });
      expect(markViews.boardTitles).toEqual(["Кефир", "Творог"]);
      expect(markViews.board.totals).toEqual(markViews.list.sums);
      const none = await bothViews(h, mark, { mine: true, source: "Звонок" });
      expect(none.board.totals).toEqual([]);
      expect(none.list.sums).toEqual([]);
      expect(none.board.columns.every((c) => c.count === 0 && c.totals.length === 0)).toBe(true);
    } finally {
      await h.close();
    }
  });

  it("refuses a malformed filter, naming it", async () => {
    const { h, fs } = await seeded();
    try {
      await expect(fs.deals.board({ source: " " })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { issues: [expect.objectContaining({ path: ["source"] })] },
      });
      // @ts-expect-error a period the board does not know
      await expect(fs.deals.board({ closed: "year" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { issues: [expect.objectContaining({ path: ["closed"] })] },
      });
    } finally {
      await h.close();
    }
  });
});

describe("the board's filters against the organisation's calendar", () => {
  it("counts a next step overdue only after its day, and a deal stale once its stage's rotting days pass", async () => {
    // 09:00 UTC on 15 January 2026 is noon in Moscow: today is 2026-01-15 there.
    const clock = manualClock(Date.UTC(2026, 0, 15, 9, 0, 0));
    const h = await firstSaleHost({}, { clock });
    try {
      const client = await newClient(h);
      const fs = (await h.as(h.owner)).firstSale;
      const first = (await fs.deals.board({})).columns[0]?.stage;
      const make = (title: string, dueOn: string) =>
        fs.deals.create({
          clientId: client.id,
          title,
          stageId: first?.id,
          nextStep: { text: "Позвонить", dueOn },
        });
      await make("Вчера", "2026-01-14");
      await make("Сегодня", "2026-01-15");
      await make("Завтра", "2026-01-16");
      const titles = async (filters: Filters) => (await bothViews(h, h.owner, filters)).boardTitles;
      expect(await titles({ nextStepOverdue: true })).toEqual(["Вчера"]);
      const cards = (await fs.deals.board({})).columns[0]?.deals ?? [];
      const marks = cards.map((d) => [d.title, d.nextStepOverdue]);
      expect(marks.sort()).toEqual([
        ["Вчера", true],
        ["Завтра", false],
        ["Сегодня", false],
      ]);
      expect(await titles({ rotting: true })).toEqual([]);
      const days = first?.rottingDays ?? 0;
      expect(days).toBeGreaterThan(0);
      clock.advance((days + 1) * 86_400_000);
      expect(await titles({ rotting: true })).toEqual(["Вчера", "Завтра", "Сегодня"]);
      expect(await titles({ nextStepOverdue: true })).toEqual(["Вчера", "Завтра", "Сегодня"]);
      const views = await bothViews(h, h.owner, { rotting: true });
      expect(views.board.totals).toEqual(views.list.sums);
    } finally {
      await h.close();
    }
  });
});

describe("the board's won and lost columns over a period", () => {
  it("shows deals closed in the last 30 days unless asked for this quarter or all time", async () => {
    // Noon in Moscow on 10 February 2026: the quarter began on 1 January there.
    const clock = manualClock(Date.UTC(2026, 1, 10, 9, 0, 0));
    const h = await firstSaleHost({}, { clock });
    try {
      const client = await newClient(h);
      const fs = (await h.as(h.owner)).firstSale;
      const stages = (await fs.deals.board({})).columns.map((c) => c.stage);
      const lost = stages.find((s) => s.kind === "lost");
      const deal = await fs.deals.create({
        clientId: client.id,
        title: "Старая",
        estimate: { amountMinor: 500_000 },
      });
      const reason = (await fs.deals.policy()).lostReasons[0]?.key ?? "price";
      await fs.deals.moveStage({ dealId: deal.id, stageId: lost?.id ?? "", reason, note: null });
      const lostCount = async (closed?: "30d" | "quarter" | "all") => {
        const board = await fs.deals.board(closed ? { closed } : {});
        expect(board.closed).toBe(closed ?? "30d");
        return board.columns.find((c) => c.stage.kind === "lost")?.count;
      };
      expect(await lostCount()).toBe(1);
      clock.advance(40 * 86_400_000);
      expect([
        await lostCount(),
        await lostCount("30d"),
        await lostCount("quarter"),
        await lostCount("all"),
      ]).toEqual([0, 0, 1, 1]);
      clock.advance(20 * 86_400_000);
      expect([await lostCount("quarter"), await lostCount("all")]).toEqual([0, 1]);
      const all = await fs.deals.board({ closed: "all" });
      expect(all.totals).toEqual([]);
      expect(all.columns.find((c) => c.stage.kind === "lost")?.totals).toMatchObject([
        { amountMinor: 500_000 },
      ]);
    } finally {
      await h.close();
    }
  });
});
