import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { expectNoLeaks, expectNoSideScroll, expectRussian, spaced } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
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
const stageOf = (title: string) =>
  card(title).evaluate((el) => el.closest<HTMLElement>("[data-stage-id]")?.getAttribute("aria-label"));

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

  it("speaks English, at the desktop and on a phone", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expect.poll(boardTotal).toMatch(/^Open: 4 deals · /);
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
