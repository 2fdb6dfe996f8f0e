import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  anna,
  inviteThroughApi,
  ivan,
  signUpThroughApi,
  signUpWithOrganisation,
} from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import {
  atPhoneInBothLanguages,
  expectNoLeaks,
  expectNoSideScroll,
  expectRussian,
  spaced,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { tap } from "./support/touch.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;

type Stage = { id: string; name: string; kind: string };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const column = (index: number) => browser.page.locator(".fs-board__column").nth(index);
const card = (title: string) => browser.page.locator(".fs-card").filter({ hasText: title });
const boardTotal = () => browser.page.locator("[data-board-total]").textContent().then(spaced);
const columnSum = (index: number) => column(index).locator("[data-sum]").textContent().then(spaced);
/** Ticks or clears a ui Checkbox by its label (its input is visually hidden under the drawn box). */
const toggle = (label: string) =>
  browser.page.locator(".q-checkbox", { hasText: label }).locator(".q-checkbox__control").click();
/** The card of the deal titled exactly `title` (a company's name also shows on its other deals' cards). */
const titled = (title: string) =>
  browser.page
    .locator(".fs-card")
    .filter({ has: browser.page.locator(".fs-card__title").getByText(title, { exact: true }) });
const stageOf = (title: string) =>
  titled(title).evaluate((el) => el.closest<HTMLElement>("[data-stage-id]")?.getAttribute("aria-label"));

const listSums = () =>
  browser.page
    .locator("[data-list-sums] strong")
    .textContent()
    .then((text) => figures(spaced(text)));
/** Picks an option of a ui Select by its label. */
async function pick(label: string, option: string) {
  const { page } = browser;
  const field = page.locator(".q-field").filter({ has: page.locator(".q-field__label", { hasText: label }) });
  await field.locator(".q-select__trigger").first().click();
  await page.locator(".q-select__item", { hasText: option }).first().click();
}
/** A view of first sale by the link in its row of views («Доска», «Список»). */
const view = (name: string) => browser.page.locator(".q-view-links").getByRole("link", { name, exact: true });

/** What follows the label of a summary line ("В работе: 3 сделки · 1 000 ₽" → "3 сделки · 1 000 ₽"). */
const figures = (text: string) => text.slice(text.indexOf(":") + 1).trim();

/** The board's total, then the list the board links to, which must show the same figures. */
async function expectListAgrees(shot?: string) {
  const { page } = browser;
  const onBoard = figures(await boardTotal());
  const back = page.url();
  await page.getByRole("link", { name: /Открыть списком|Open as a list/ }).click();
  await page.waitForURL(/\/deals\/list\?/);
  await expect
    .poll(async () => figures(spaced(await page.locator("[data-list-sums] strong").textContent())))
    .toBe(onBoard);
  if (shot) await screenshot(page, shot);
  await page.goto(back);
  await expect.poll(boardTotal).toContain(onBoard);
  return onBoard;
}

describe("the deal board at Pipedrive's level", () => {
  let stages: Stage[] = [];

  it("shows each column's and the board's sums over seven stages", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "Первая продажа");
    const board = await queryFromPage<{ columns: { stage: Stage }[] }>(page, "firstSale.deals.board", {});
    stages = board.columns.map((c) => c.stage);
    expect(stages.length).toBe(7);
    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", { name: "ООО Лютик" });
    const create = (more: Record<string, unknown>) =>
      mutateFromPage<{ id: string }>(page, "firstSale.deals.create", { clientId: client.id, ...more });
    await create({ stageId: stages[0]?.id, estimate: { amountMinor: 12_000_000 } });
    await create({
      title: "Сыр на год",
      stageId: stages[0]?.id,
      estimate: { amountMinor: 3_000_000 },
      nextStep: { text: "Позвонить", dueOn: "2020-03-01" },
    });
    const nobodys = await create({
      title: "Масло оптом",
      stageId: stages[1]?.id,
      estimate: { amountMinor: 5_000_000 },
      nextStep: { text: "Встреча", dueOn: "2099-03-01" },
    });
    await mutateFromPage(page, "firstSale.deals.update", { dealId: nobodys.id, hunterId: null });
    await page.goto(`${server.url}/deals`);
    await expect.poll(() => page.locator(".fs-board__column").count()).toBe(7);
    await expect.poll(boardTotal).toBe("В работе: 3 сделки · 200 000 ₽");
    expect(await columnSum(0)).toBe("150 000 ₽");
    expect(await columnSum(1)).toBe("50 000 ₽");
    expect(spaced(await column(0).locator(".fs-board__weighted").textContent())).toMatch(/^взвешенно \d/);
    expect(await card("ООО Лютик").first().locator(".fs-card__client").count()).toBe(0);
    expect(await card("Сыр на год").locator(".fs-card__client").textContent()).toBe("ООО Лютик");
    expect(await card("Сыр на год").locator('.fs-card__next[data-due="overdue"]').count()).toBe(1);
    const width = await column(0).evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(240);
    // Seven columns do not fit beside the sidebar: the board scrolls and fades its right edge.
    expect(await page.locator(".fs-board[data-more-right]").count()).toBe(1);
    await expectNoSideScroll(page);
    await expectRussian(page);
    await expectNoLeaks(page);
    await screenshot(page, "deal-board-ru");
  });

  it("quick-adds a deal for a new client in a column, and the sums follow", async () => {
    const { page } = browser;
    await column(2)
      .getByRole("button", { name: `Добавить сделку на этап «${stages[2]?.name}»` })
      .click();
    const form = column(2).locator("form.fs-quick-add");
    await form.getByLabel("Компания или клиент").fill("ООО Василёк");
    await form.getByRole("button", { name: "Новый клиент «ООО Василёк»" }).click();
    await form.getByLabel("Сумма, ₽").fill("45 000");
    await screenshot(page, "deal-board-quick-add-ru", { fullPage: false });
    await form.getByRole("button", { name: "Добавить" }).click();
    await expect.poll(() => stageOf("ООО Василёк")).toBe(stages[2]?.name);
    await expect.poll(boardTotal).toBe("В работе: 4 сделки · 245 000 ₽");
    expect(await columnSum(2)).toBe("45 000 ₽");
    await expectListAgrees();
  });

  it("filters «mine» and «next step overdue» through the address, as the list does", async () => {
    const { page } = browser;
    await toggle("Мои сделки");
    await page.waitForURL(/mine=1/);
    await expect.poll(boardTotal).toBe("В работе: 3 сделки · 195 000 ₽");
    expect(await card("Масло оптом").count()).toBe(0);
    expect(await expectListAgrees("deal-board-list-ru")).toBe("3 сделки · 195 000 ₽");
    await toggle("Следующий шаг просрочен");
    await page.waitForURL(/overdue=1/);
    await expect.poll(boardTotal).toBe("В работе: 1 сделка · 30 000 ₽");
    expect(await card("ООО Василёк").count()).toBe(0);
    await expectListAgrees();
    await page.reload();
    await expect.poll(boardTotal).toBe("В работе: 1 сделка · 30 000 ₽");
    expect(await page.getByRole("checkbox", { name: "Следующий шаг просрочен" }).isChecked()).toBe(true);
    await screenshot(page, "deal-board-filtered-ru");
    await page.getByRole("button", { name: "Сбросить фильтры" }).click();
    await expect.poll(boardTotal).toBe("В работе: 4 сделки · 245 000 ₽");
  });

  it("still moves a card with the keyboard", async () => {
    const { page } = browser;
    await card("Сыр на год").focus();
    await page.keyboard.press("]");
    await expect.poll(() => stageOf("Сыр на год")).toBe(stages[1]?.name);
    await expect.poll(() => columnSum(1)).toBe("80 000 ₽");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => stageOf("Сыр на год")).toBe(stages[0]?.name);
  });

  it("keeps a filter in the address between the board and the list, whose sums match the board's (two hunters, several stages)", async () => {
    const { page } = browser;
    const link = await inviteThroughApi(page, ivan.email, "member");
    const guest = await launchBrowser();
    try {
      await signUpThroughApi(guest.page, server.url, ivan);
      await mutateFromPage(guest.page, "core.invitations.accept", {
        token: new URL(link).searchParams.get("token"),
      });
    } finally {
      await guest.close();
    }
    const members = await queryFromPage<{ userId: string; name: string }[]>(page, "core.members.list");
    const ivanId = members.find((m) => m.name === ivan.name)?.userId;
    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", { name: "ООО Ирис" });
    for (const [title, stage, amountMinor] of [
      ["Кабель на склад", 1, 7_000_000],
      ["Щиты для цеха", 3, 2_500_000],
      ["Лампы в офис", 3, 1_500_000],
    ] as const) {
      await mutateFromPage(page, "firstSale.deals.create", {
        clientId: client.id,
        title,
        stageId: stages[stage]?.id,
        hunterId: ivanId,
        estimate: { amountMinor },
      });
    }
    await page.goto(`${server.url}/deals`);
    await expect.poll(boardTotal).toBe("В работе: 7 сделок · 355 000 ₽");
    await pick("Охотник", ivan.name);
    await page.waitForURL(/hunter=/);
    await expect.poll(boardTotal).toBe("В работе: 3 сделки · 110 000 ₽");
    const perStage = [
      [1, "1 сделка · 70 000 ₽"],
      [3, "2 сделки · 40 000 ₽"],
    ] as const;
    for (const [index, figure] of perStage) expect(figure).toContain(await columnSum(index));
    await view("Список").click();
    await page.waitForURL(/\/deals\/list\?.*hunter=/);
    await expect.poll(listSums).toBe("3 сделки · 110 000 ₽");
    const list = page.url();
    // A copied link of one stage's list shows that column's figures.
    for (const [index, figure] of perStage) {
      await page.goto(`${list}&stage=${stages[index]?.id}`);
      await expect.poll(listSums).toBe(figure);
    }
    await page.goto(list);
    await expect.poll(listSums).toBe("3 сделки · 110 000 ₽");
    await page.getByLabel("Поиск по названию или источнику").fill("Щиты");
    await page.waitForURL(/q=/);
    await expect.poll(listSums).toBe("1 сделка · 25 000 ₽");
    await screenshot(page, "deal-list-filtered-ru");
    await view("Доска").click();
    await page.waitForURL(/\/deals\?.*hunter=.*q=/);
    await expect.poll(boardTotal).toBe("В работе: 1 сделка · 25 000 ₽");
    expect(await page.getByLabel("Поиск сделок").inputValue()).toBe("Щиты");
    const copied = page.url();
    await page.goto(`${server.url}/deals`);
    await expect.poll(boardTotal).toBe("В работе: 7 сделок · 355 000 ₽");
    await page.goto(copied);
    await expect.poll(boardTotal).toBe("В работе: 1 сделка · 25 000 ₽");
    await expectListAgrees();
    await page.getByRole("button", { name: "Сбросить фильтры" }).click();
    await expect.poll(boardTotal).toBe("В работе: 7 сделок · 355 000 ₽");
    expect(new URL(page.url()).search).not.toMatch(/hunter|q=/);
  });

  it("says which period the won and lost columns cover, and widens it", async () => {
    const { page } = browser;
    const board = await queryFromPage<{
      columns: { stage: Stage; deals: { id: string; title: string }[] }[];
    }>(page, "firstSale.deals.board", {});
    const butter = board.columns.flatMap((c) => c.deals).find((d) => d.title === "Масло оптом");
    const reason = (await queryFromPage<{ lostReasons: { key: string }[] }>(page, "firstSale.deals.policy"))
      .lostReasons[0]?.key;
    const lost = stages.findIndex((s) => s.kind === "lost");
    const won = stages.findIndex((s) => s.kind === "won");
    await mutateFromPage(page, "firstSale.deals.moveStage", {
      dealId: butter?.id,
      stageId: stages[lost]?.id,
      reason,
      note: "дорого",
    });
    await page.goto(`${server.url}/deals`);
    await expect.poll(boardTotal).toBe("В работе: 6 сделок · 305 000 ₽");
    const period = (index: number) => column(index).locator("[data-period]").textContent();
    await expect.poll(() => period(lost)).toBe("за 30 дней");
    expect(await period(won)).toBe("за 30 дней");
    expect(await column(0).locator("[data-period]").count()).toBe(0);
    expect(await columnSum(lost)).toBe("50 000 ₽");
    await pick("Выигранные и проигранные", "За всё время");
    await page.waitForURL(/closed=all/);
    await expect.poll(() => period(lost)).toBe("за всё время");
    expect(await columnSum(lost)).toBe("50 000 ₽");
    await screenshot(page, "deal-board-closed-all-ru");
    await view("Список").click();
    await page.waitForURL(/\/deals\/list\?.*closed=all/);
    await view("Доска").click();
    await page.waitForURL(/\/deals\?.*closed=all/);
    await expect.poll(() => period(won)).toBe("за всё время");
    await pick("Выигранные и проигранные", "За этот квартал");
    await expect.poll(() => period(lost)).toBe("за этот квартал");
    await pick("Выигранные и проигранные", "За 30 дней");
    await expect.poll(() => period(lost)).toBe("за 30 дней");
    expect(page.url()).not.toContain("closed=");
  });

  it("shows one column at a time on a 390 px phone, with stage tabs", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await expect.poll(() => page.locator(".fs-board__column:visible").count()).toBe(1);
      await page
        .locator(".fs-stage-switch")
        .getByRole("button", { name: stages[2]?.name ?? "" })
        .click();
      await expect
        .poll(() => page.locator(".fs-board__column:visible").getAttribute("aria-label"))
        .toBe(stages[2]?.name);
      await expect.poll(() => card("ООО Василёк").isVisible()).toBe(true);
      await expectNoSideScroll(page);
      await screenshot(page, "deal-board-ru-390");
      expect(await page.getByText("Следующий шаг просрочен").isVisible()).toBe(false);
      await page.getByRole("button", { name: "Фильтры" }).click();
      await expect.poll(() => page.getByText("Следующий шаг просрочен").isVisible()).toBe(true);
      await expectNoSideScroll(page);
      await screenshot(page, "deal-board-ru-390-filters");
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it("moves a deal to any stage by touch on a phone, from the card's menu, and its page fits the phone", async () => {
    const { page } = browser;
    const moves = { en: ["ООО Лютик", 2], ru: ["Сыр на год", 4] } as const;
    try {
      await atPhoneInBothLanguages(page, async (locale) => {
        const [title, to] = moves[locale];
        await expect.poll(() => titled(title).isVisible()).toBe(true);
        const menu = locale === "en" ? `Move “${title}”` : `Переместить «${title}»`;
        await tap(page.getByRole("button", { name: menu }));
        const target = page.getByRole("menuitemradio", { name: stages[to]?.name ?? "" });
        await expect.poll(() => target.isVisible()).toBe(true);
        await screenshot(page, `deal-board-${locale}-390-move`, { fullPage: false });
        await tap(target);
        await expect.poll(() => stageOf(title)).toBe(stages[to]?.name);
        await expect.poll(() => titled(title).isVisible()).toBe(true);
        await expect
          .poll(() => page.locator(".fs-board__column:visible").getAttribute("aria-label"))
          .toBe(stages[to]?.name);
      });
      // A move to the lost stage asks for the reason first, on a phone too.
      // (After a reload: the last move's toast, which holds focus, no longer covers the menu's last item.)
      await page.reload();
      await page
        .locator(".fs-stage-switch")
        .getByRole("button", { name: stages[4]?.name ?? "" })
        .click();
      await tap(page.getByRole("button", { name: "Переместить «Сыр на год»" }));
      await tap(page.getByRole("menuitemradio", { name: stages.find((s) => s.kind === "lost")?.name ?? "" }));
      const dialog = page.getByRole("dialog");
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await expectNoSideScroll(page);
      await screenshot(page, "deal-board-ru-390-lost", { fullPage: false });
      await dialog.getByRole("button", { name: "Отмена" }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await stageOf("Сыр на год")).toBe(stages[4]?.name);
      await tap(card("Сыр на год"));
      await page.waitForURL(/\/deals\/deal_/);
      await atPhoneInBothLanguages(page, async (locale) => {
        await expect.poll(() => page.locator("h1").textContent()).toBe("Сыр на год");
        await screenshot(page, `deal-page-${locale}-390`);
      });
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
    await page.goto(`${server.url}/deals`);
  });

  it("speaks English, at the desktop and on a phone", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expect.poll(boardTotal).toMatch(/^Open: 6 deals · /);
    await toggle("My deals");
    await expect.poll(boardTotal).toMatch(/^Open: 3 deals · /);
    await expectListAgrees();
    await expectNoLeaks(page);
    await screenshot(page, "deal-board-en");
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await expect.poll(() => page.locator(".fs-stage-switch").isVisible()).toBe(true);
      await expectNoSideScroll(page);
      await screenshot(page, "deal-board-en-390");
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.evaluate(() => localStorage.setItem("quartet.locale", "ru"));
    }
  });
});
