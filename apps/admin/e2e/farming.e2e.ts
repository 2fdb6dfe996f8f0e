import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import {
  expectNoLeaks,
  expectNoSideScroll,
  expectRussian,
  farmingScreens,
  spaced,
} from "./support/farming-pages.ts";
import { dayFrom, seedFarmingBase } from "./support/farming-seed.ts";
import { artifactsDir } from "./support/paths.ts";
import { atPhoneInBothLanguages } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
let clients = new Map<string, string>();
let dealUrl = "";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Электромир");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page) => page.locator("h1").first().textContent();
const row = (page: Page, client: string, kind: string) =>
  page.locator(`.fm-day__row[data-kind="${kind}"]`).filter({ hasText: client });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

/** Opens every farming screen and the client's page, checks each, and saves a screenshot of each. */
async function shootEverything(page: Page, suffix: string) {
  for (const screen of farmingScreens) {
    await page.goto(`${server.url}${screen.path}`);
    await expect.poll(() => page.locator(screen.ready).count()).toBeGreaterThan(0);
    await expectNoSideScroll(page);
    await expectNoLeaks(page);
    if (suffix.startsWith("ru")) await expectRussian(page);
    await screenshot(page, `farming-${screen.name}-${suffix}`);
  }
  await page.goto(`${server.url}/farming/deals`);
  await page.locator(".fm-card", { hasText: "Автоматика для склада" }).click();
  await expect.poll(() => page.locator(".fm-stage-bar").count()).toBe(1);
  await expectNoSideScroll(page);
  await screenshot(page, `farming-deal-open-${suffix}`);
  await page.goto(dealUrl);
  await expect.poll(() => page.locator(".fm-history li").count()).toBeGreaterThan(2);
  await expectNoSideScroll(page);
  await screenshot(page, `farming-deal-${suffix}`);
  await page.goto(`${server.url}/clients/${clients.get("ООО Вектор")}`);
  const widget = page.locator('[data-slot="client.sidePanel"] [data-plugin="farming"]');
  await expect.poll(() => widget.locator(".fm-factor").count()).toBe(5);
  await expectNoSideScroll(page);
  await widget.scrollIntoViewIfNeeded();
  await widget.screenshot({
    path: join(artifactsDir, `farming-client-widget-${suffix}.png`),
    style: ".top-bar { visibility: hidden; }",
  });
}

describe("farming", () => {
  it("reads a base of clients with fourteen months of orders and payments", async () => {
    const { page } = browser;
    clients = await seedFarmingBase(page);
    await enablePlugin(page, server.url, "Развитие клиентов");
    await expect
      .poll(
        async () => (await queryFromPage<{ items: unknown[] }>(page, "farming.accounts.day")).items.length,
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(1);
  }, 180_000);

  it("walks the farmer's day: a client late to buy and one overdue for contact, with their reasons", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: "Развитие", exact: true }).click();
    await page.waitForURL(/\/farming$/);
    await expect.poll(() => heading(page)).toBe("Мой день");
    const late = row(page, "ООО Вектор", "late-purchase");
    await expect
      .poll(async () => spaced(await late.textContent()))
      .toContain("Покупает примерно раз в 30 дней; с последнего заказа 70 дней — опаздывает на 40 дней");
    expect(spaced(await row(page, "ООО Гранит", "overdue-contact").textContent())).toMatch(
      /Контакт просрочен на \d+ (день|дня|дней): связь раз в 14 дней, контактов ещё не было/,
    );
    await expectNoLeaks(page);
    await screenshot(page, "farming-day-walk-ru");
    await page.locator(".fm-day__row").first().focus();
    await page.keyboard.press("j");
    const second = await page.locator(".fm-day__row").nth(1).textContent();
    expect(await focusedText(page)).toBe(second);
    await page.keyboard.press("k");
    expect(await focusedText(page)).toBe(await page.locator(".fm-day__row").first().textContent());
    await late.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/clients\/cli_/);
    await expect.poll(() => heading(page)).toBe("ООО Вектор");
  }, 120_000);

  it("shows farming's side panel on the client's page and sets the client's cadence inline", async () => {
    const { page } = browser;
    const widget = page.locator('[data-slot="client.sidePanel"] [data-plugin="farming"]');
    await expect.poll(async () => spaced(await widget.textContent())).toContain("опаздывает на 40 дней");
    expect(spaced(await widget.textContent())).toContain(
      "покупает примерно раз в 30 дней; с последнего заказа 70 дней",
    );
    await widget.getByRole("button", { name: "Изменить: Связываться раз в, дней" }).click();
    await widget.getByLabel("Связываться раз в, дней").fill("21");
    await widget.getByRole("button", { name: "Сохранить" }).click();
    await expect
      .poll(async () => spaced(await widget.locator('[data-fact="contact"]').textContent()))
      .toContain("раз в 21 день (задано для клиента)");
    await expectNoLeaks(page);
  }, 120_000);

  it("turns an offer into an expansion deal whose invoice, once paid, wins it", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/farming/whitespace`);
    await page.locator(".fm-matrix__client", { hasText: "ООО Вектор" }).click();
    const offer = page.locator('.fm-offer[data-category="Светильники"]');
    await expect
      .poll(async () => spaced(await offer.textContent()))
      .toMatch(/\d+ из \d+ клиентов отрасли «Строительство», покупающих «Кабель», покупают и «Светильники»/);
    await expectNoLeaks(page);
    await screenshot(page, "farming-offer-ru");
    await offer.getByRole("button", { name: "Создать сделку развития" }).click();
    await offer.getByRole("link", { name: "Открыть сделку" }).click();
    await page.waitForURL(/\/farming\/deals\/deal_/);
    dealUrl = page.url();
    await expect.poll(() => heading(page)).toBe("ООО Вектор: Светильники");
    await page.locator(".fm-stage-bar").getByRole("button", { name: "Предложение" }).click();
    await expect
      .poll(() => page.locator('.fm-stage-bar [aria-current="step"]').textContent())
      .toBe("Предложение");
    await page.getByLabel("Цена, ₽").fill("96 000");
    await page.getByRole("button", { name: "Выставить счёт" }).click();
    await expect.poll(() => page.locator(".fm-invoice__number").count()).toBe(1);
    await screenshot(page, "farming-deal-invoiced-ru");
    await page.getByRole("button", { name: "Внести оплату" }).click();
    await expect
      .poll(() => page.locator(".fm-deal__head").textContent(), { timeout: 30_000 })
      .toContain("Выиграна");
    expect(spaced(await page.locator('[data-field="paid"]').textContent())).toBe("96 000 ₽");
    expect(await page.locator(".fm-history").textContent()).toContain("«Идея» → «Предложение»");
    await expectNoLeaks(page);
    await screenshot(page, "farming-deal-won-ru");
  }, 120_000);

  it("adds a deal on the board and moves it a stage on with the keyboard", async () => {
    const { page } = browser;
    for (const [client, title, amount, stageKey, days] of [
      ["ООО Монолит", "Светильники для офиса", 18_000_000, "idea", null],
      ["ООО СтройМир", "Кабель на второй корпус", 42_000_000, "discussion", 14],
      ["ООО Кирпичный двор", "Автоматика для щитовой", 31_000_000, "proposal", 7],
      ["ООО Альфа-Строй", "Годовой контракт на кабель", 120_000_000, "agreement", 30],
    ] as const) {
      await mutateFromPage(page, "farming.deals.create", {
        clientId: clients.get(client),
        title,
        kind: "upsell",
        amountMinor: amount,
        stageKey,
        ...(days ? { expectedCloseOn: dayFrom(days) } : {}),
      });
    }
    await page.goto(`${server.url}/farming/deals`);
    await page.getByRole("button", { name: "Новая сделка" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Новая сделка развития" });
    await dialog.getByLabel("Клиент (поиск по названию)").fill("Гранит");
    await dialog.getByRole("button", { name: "ООО Гранит" }).click();
    await dialog.getByLabel("Название сделки").fill("Автоматика для склада");
    await dialog.getByLabel("Сумма, ₽").fill("250 000");
    await dialog.getByRole("button", { name: "Создать" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const card = page.locator(".fm-card", { hasText: "Автоматика для склада" });
    const stageOf = () => card.evaluate((el) => el.closest("[data-stage]")?.getAttribute("data-stage"));
    await expect.poll(stageOf).toBe("idea");
    const idea = page.locator('.fm-column[data-stage="idea"]');
    expect(spaced(await idea.locator(".fm-column__sum").textContent())).toBe("430 000 ₽");
    expect(spaced(await idea.locator(".fm-column__weighted").textContent())).toBe(
      "Взвешенно: 43 000 ₽ · 10 %",
    );
    await card.focus();
    await page.keyboard.press("]");
    await expect.poll(stageOf).toBe("discussion");
    expect(spaced(await page.locator("[data-totals]").textContent())).toBe(
      "На доске: 5 сделок, 2 360 000 ₽, взвешенно 1 365 000 ₽",
    );
    await expectNoLeaks(page);
  }, 120_000);

  it("keeps «mine» in the address and moves a deal to any stage from its card's menu on a phone", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/farming/deals`);
    const mine = page.getByRole("button", { name: "Мои", exact: true });
    await mine.click();
    await page.waitForURL(/mine=1/);
    await page.reload();
    await expect.poll(() => mine.getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("button", { name: "Все", exact: true }).click();
    await expect.poll(() => page.url()).not.toContain("mine=");
    const board = await queryFromPage<{
      columns: { stage: { key: string; name: { ru: string; en: string } } }[];
    }>(page, "farming.deals.board", {});
    const stageName = (key: string, locale: "ru" | "en") =>
      board.columns.find((c) => c.stage.key === key)?.stage.name[locale] ?? "";
    const title = "Кабель на второй корпус";
    const card = page.locator(".fm-card", { hasText: title });
    const stageOf = () => card.evaluate((el) => el.closest("[data-stage]")?.getAttribute("data-stage"));
    try {
      await atPhoneInBothLanguages(page, async (locale) => {
        const to = locale === "en" ? "proposal" : "agreement";
        // The board scrolls sideways inside itself and fades the edge beyond which more stages wait.
        await expect.poll(() => page.locator(".fm-board[data-more-right]").count()).toBe(1);
        // Bring the card's column to the start of the board, where its scroll snaps to rest.
        await card.evaluate((el) =>
          el.closest(".fm-column")?.scrollIntoView({ inline: "start", block: "nearest" }),
        );
        const menu = locale === "en" ? `Move “${title}”` : `Переместить «${title}»`;
        await page.getByRole("button", { name: menu }).click();
        const target = page.getByRole("menuitemradio", { name: stageName(to, locale) });
        await expect.poll(() => target.isVisible()).toBe(true);
        await screenshot(page, `farming-board-${locale}-390-move`, { fullPage: false });
        await target.click();
        await expect.poll(stageOf).toBe(to);
      });
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  }, 120_000);

  it("draws the statistics as charts with their numbers for screen readers", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/farming/stats`);
    await expect.poll(() => page.locator(".q-chart canvas").count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator(".q-chart table caption").allTextContents()).toContain("Выручка по месяцам");
    expect(spaced(await page.locator('[data-stat="repeat"]').textContent())).toContain("%");
    await expectNoLeaks(page);
  }, 120_000);

  it("shows the server's refusal of a rule at its field, in Russian, a share's bound in percent", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/farming/rules`);
    const days = page.locator(".fm-rows__row").first().getByLabel("Раз в, дней");
    const aShare = page.getByLabel("Класс A: первые, % выручки");
    await days.fill("400");
    await aShare.fill("150");
    await page.getByRole("button", { name: "Сохранить правила" }).first().click();
    await expect
      .poll(() => page.locator(".fm-rows__row").first().locator(".q-field__error").textContent())
      .toBe("Не больше 365 дней");
    // The server says «at most 1» of a share (its key and limit, not its text); the form says it in percent.
    const aShareField = page.locator(".q-field", { has: aShare });
    await expect.poll(() => aShareField.locator(".q-field__error").textContent()).toBe("Не больше 100");
    await expectRussian(page);
    await screenshot(page, "farming-rules-refused-ru", { fullPage: false });
    await aShare.fill("80");
    await days.fill("10");
    await page.getByRole("button", { name: "Сохранить правила" }).first().click();
    await expect
      .poll(() => page.getByText("Правила сохранены, клиенты пересчитаны").count())
      .toBeGreaterThan(0);
  }, 120_000);

  it("loses a deal only with a reason, and «other» only with a note", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/farming/deals`);
    await page.locator(".fm-card", { hasText: "Светильники для офиса" }).click();
    await page.getByRole("button", { name: "Отметить проигранной" }).click();
    const dialog = page.getByRole("dialog", { name: "Почему сделка проиграна?" });
    await dialog.locator(".q-select__trigger").click();
    await page.locator(".q-select__item", { hasText: "Другое" }).click();
    await dialog.getByRole("button", { name: "Отметить проигранной" }).click();
    await expect
      .poll(() => dialog.getByRole("alert").first().textContent())
      .toBe("Для причины «другое» нужен комментарий: напишите, почему сделка проиграна");
    await screenshot(page, "farming-deal-lost-refused-ru", { fullPage: false });
    await dialog.getByLabel("Комментарий").fill("Закупают светильники у застройщика");
    await dialog.getByRole("button", { name: "Отметить проигранной" }).click();
    await expect.poll(() => page.locator(".fm-deal__outcome").textContent()).toContain("Другое — Закупают");
    expect(await page.locator(".fm-history").textContent()).toContain("Проиграна");
    await expectNoLeaks(page);
  }, 120_000);

  it("asks who takes the clients moved to another farmer, and why", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/farming/portfolio`);
    await page.locator(".q-table tr", { hasText: "ИП Соколов" }).locator(".q-checkbox__control").click();
    await expect.poll(() => page.locator(".fm-selection").textContent()).toContain("Выбран 1 клиент");
    await page.getByRole("button", { name: "Передать другому фермеру" }).click();
    const dialog = page.getByRole("dialog", { name: "Передать другому фермеру" });
    await dialog.getByRole("button", { name: "Передать" }).click();
    await expect.poll(() => dialog.getByText("Выберите фермера").count()).toBeGreaterThan(0);
    expect(await dialog.getByText("Напишите фермеру, почему передаёте").count()).toBe(1);
    await screenshot(page, "farming-move-ru", { fullPage: false });
    await dialog.getByRole("button", { name: "Отмена" }).click();
  }, 120_000);

  it("shows farming's readings with their status on the home dashboard", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    const widget = page.locator('[data-slot="dashboard"] [data-plugin="farming"]');
    await expect.poll(() => widget.locator(".q-reading").count()).toBe(5);
    expect(spaced(await widget.textContent())).toMatch(/цель 80 %/);
    await widget.scrollIntoViewIfNeeded();
    await widget.screenshot({
      path: join(artifactsDir, "farming-dashboard-ru.png"),
      style: ".top-bar { visibility: hidden; }",
    });
  }, 120_000);

  it("looks right in Russian on a desktop and on a 390 px phone", async () => {
    const { page } = browser;
    await shootEverything(page, "ru");
    await page.setViewportSize({ width: 390, height: 844 });
    await shootEverything(page, "ru-390");
    await page.setViewportSize({ width: 1280, height: 860 });
  }, 240_000);

  it("speaks English when the language is switched", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.goto(`${server.url}/farming`);
    await expect.poll(() => heading(page)).toBe("My day");
    expect(spaced(await row(page, "ООО Гранит", "overdue-contact").textContent())).toMatch(
      /Contact overdue by \d+ days: every 10 days, no contact yet/,
    );
    expect(spaced(await row(page, "ИП Соколов", "late-purchase").textContent())).toContain(
      "Buys about every 90 days; 240 days since the last order — 150 days late",
    );
    await shootEverything(page, "en");
    await page.setViewportSize({ width: 390, height: 844 });
    await shootEverything(page, "en-390");
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.evaluate(() => localStorage.setItem("quartet.locale", "ru"));
  }, 240_000);
});
