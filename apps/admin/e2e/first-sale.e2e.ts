import { type SmtpSink, startSmtpSink } from "@quartet/server/testing/smtp-sink";
import { documentsWords } from "@quartet/ui/pure";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, inviteThroughApi, ivan, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { orgDay } from "./support/org-dates.ts";
import { savePdf } from "./support/pdf.ts";
import { atPhoneInBothLanguages, expectNoLeaks, expectRussian, spaced } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage } from "./support/trpc.ts";

let sink: SmtpSink;
let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startServer({ smtpUrl: sink.url });
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close();
});

const words = documentsWords;
let clientId = "";
let openDealId = "";

/** Picks an option of a ui Select by its label, inside `scope`. */
async function pickOption(scope: Locator, label: string, option: string) {
  const field = scope
    .locator(".q-field")
    .filter({ has: browser.page.locator(".q-field__label", { hasText: label }) });
  await field.locator(".q-select__trigger").first().click();
  await browser.page.locator(".q-select__item", { hasText: option }).first().click();
}

/** A business date `days` from the organisation's today. */
const dateIn = orgDay;

const dealHead = () => browser.page.locator(".fs-deal-head");

const column = (index: number) => browser.page.locator(".fs-board__column").nth(index);
const card = (title: string) => browser.page.locator(".fs-card").filter({ hasText: title });
const stageOf = (title: string) =>
  card(title).evaluate((el) => el.closest<HTMLElement>("[data-stage-id]")?.getAttribute("aria-label"));

describe("the deal board", () => {
  it("appears in the sidebar once first sale is enabled", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    expect(await page.getByRole("link", { name: "Продажи" }).count()).toBe(0);
    await enablePlugin(page, server.url, "Первая продажа");
    await page.getByRole("link", { name: "Продажи" }).click();
    await page.waitForURL(/\/deals$/);
    await expect.poll(() => page.locator(".fs-board__column").count()).toBeGreaterThan(2);
  });

  it("moves a deal with the keyboard", async () => {
    const { page } = browser;
    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", { name: "ООО Ромашка" });
    clientId = client.id;
    await page.getByRole("button", { name: "Новая сделка" }).click();
    const dialog = page.getByRole("dialog", { name: "Новая сделка" });
    await dialog.getByLabel("Клиент (поиск по названию)").fill("Ромашка");
    await dialog.getByRole("button", { name: "ООО Ромашка" }).click();
    await expect.poll(() => dialog.getByText("Клиент: ООО Ромашка").count()).toBe(1);
    await dialog.getByLabel("Название").fill("Поставка ромашек");
    await dialog.getByLabel("Оценка, ₽").fill("120000");
    await dialog.getByRole("button", { name: "Создать" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const first = await column(0).getAttribute("aria-label");
    const second = await column(1).getAttribute("aria-label");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(first);
    await card("Поставка ромашек").focus();
    await page.keyboard.press("]");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(second);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain("Поставка ромашек");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(first);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(second);
    await screenshot(page, "deals-board-ru");
  });

  it("drags a deal to lost: refused without a reason, then lost with one", async () => {
    const { page } = browser;
    const lost = page.locator(".fs-board__column").last();
    const from = await card("Поставка ромашек").boundingBox();
    if (!from) throw new Error("the board is not laid out");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // The lost column is scrolled out of view at 1280 px: a drag shows the won/lost drop bar.
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 20, { steps: 4 });
    const to = await page.locator('.fs-drop-bar__zone[data-kind="lost"]').boundingBox();
    if (!to) throw new Error("no drop bar while dragging");
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    const dialog = page.getByRole("dialog", { name: "Почему сделка проиграна?" });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole("button", { name: "Отметить проигранной" }).click();
    await expect.poll(() => dialog.getByRole("alert").count()).toBe(1);
    expect((await dialog.getByRole("alert").textContent())?.length).toBeGreaterThan(3);
    await screenshot(page, "deals-lost-refused-ru", { fullPage: false });
    await dialog.locator(".q-select__trigger").click();
    await page.locator(".q-select__item", { hasText: "Цена: дорого" }).click();
    await dialog.getByRole("button", { name: "Отметить проигранной" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => stageOf("Поставка ромашек")).toBe(await lost.getAttribute("aria-label"));
  });

  it("lists the client's deals in the client page's side panel", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/clients/${clientId}`);
    await expect.poll(() => page.locator(".fs-widget__list").textContent()).toContain("Поставка ромашек");
    await screenshot(page, "deals-client-widget-ru");
    await page.goto(`${server.url}/deals`);
  });

  it("switches to another pipeline made in the pipeline editor", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: "Воронки" }).click();
    await page.waitForURL(/\/deals\/pipelines$/);
    await page.getByLabel("Новая воронка").fill("Тендеры");
    // The top bar has a «Создать» menu too: the pipeline editor's button is in the page.
    await page.locator("#main").getByRole("button", { name: "Создать", exact: true }).click();
    await expect
      .poll(() => page.getByRole("button", { name: "Тендеры" }).getAttribute("aria-pressed"))
      .toBe("true");
    await expect.poll(() => page.getByLabel("Название этапа 1").inputValue()).not.toBe("");
    await page.getByRole("button", { name: "Добавить этап" }).click();
    const added = page.locator(".fs-stages tbody tr").last();
    await added.getByRole("textbox").first().fill("Подача заявки");
    await added.getByRole("textbox").nth(1).fill("35");
    await page.getByRole("button", { name: "Сохранить этапы" }).click();
    await expect.poll(() => page.getByText("Этапы сохранены").count()).toBeGreaterThan(0);
    await screenshot(page, "deals-pipelines-ru");
    await page.getByRole("link", { name: "Доска" }).click();
    await page.waitForURL(/\/deals$/);
    await pickOption(page.locator(".fs-toolbar"), "Воронка", "Тендеры");
    await expect.poll(() => page.locator('.fs-board__column[aria-label="Подача заявки"]').count()).toBe(1);
    await pickOption(page.locator(".fs-toolbar"), "Воронка", "(основная)");
    await expect.poll(() => page.locator('.fs-board__column[aria-label="Подача заявки"]').count()).toBe(0);
  }, 120_000);

  it("opens a deal from the list", async () => {
    const { page } = browser;
    await mutateFromPage(page, "core.plugins.updateSettings", {
      pluginId: "first-sale",
      settings: { wonWhen: { kind: "prepayment", percent: 30 } },
    });
    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", {
      name: "ООО Сыроварня",
      emails: ["zakupki@syrovarnya.ru"],
    });
    await mutateFromPage(page, "core.catalog.products.create", {
      sku: "SYR-1",
      name: "Сыр российский",
      unit: "кг",
      price: { amountMinor: 50_000 },
    });
    await mutateFromPage(page, "firstSale.deals.create", { clientId: client.id, title: "Поставка сыра" });
    await page.goto(`${server.url}/deals/list`);
    await pickOption(page.locator(".fs-toolbar"), "Статус", "В работе");
    const row = page.locator("tr", { hasText: "Поставка сыра" });
    await expect.poll(() => row.textContent()).toContain("ООО Сыроварня");
    await screenshot(page, "deals-list-ru");
    await row.getByRole("link", { name: "Поставка сыра" }).click();
    await page.waitForURL(/\/deals\/deal_/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Поставка сыра");
  }, 120_000);

  it("adds line items from the catalog and a free line", async () => {
    const { page } = browser;
    await page.getByLabel("Добавить из каталога (поиск по названию или артикулу)").fill("Сыр");
    await page.getByRole("button", { name: /Добавить Сыр российский/ }).click();
    await page.getByLabel("Количество позиции 1").fill("4");
    await page.getByRole("button", { name: "Добавить свободную позицию" }).click();
    await page.getByLabel("Название позиции 2").fill("Доставка");
    await page.getByLabel("Цена позиции 2").fill("2000");
    await page.getByRole("button", { name: "Сохранить позиции" }).click();
    await expect.poll(() => page.getByText("Позиции сохранены").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".fs-lines__sum").textContent()).toMatch(/4\s000,00\s₽/);
    await expect.poll(() => page.locator("h2", { hasText: "История этапов" }).count()).toBe(1);
  }, 120_000);

  it("writes a proposal, issues its PDF, previews it and mails it: the proposal turns sent", async () => {
    const { page } = browser;
    await mutateFromPage(page, "core.requisites.org.set", {
      shortName: "ООО «Ромашка»",
      inn: "7707083893",
      kpp: "773601001",
      legalAddress: "117997, Москва, ул. Вавилова, 19",
      vatMode: "vat22",
      bankAccounts: [{ bik: "044525225", account: "40702810400000000005" }],
    });
    await page.getByRole("button", { name: "Новое КП" }).click();
    const dialog = page.getByRole("dialog", { name: "Новое КП" });
    await dialog
      .getByLabel("Условия (поставка, оплата, гарантия)")
      .fill("Поставка в течение 5 дней после оплаты");
    await dialog.getByLabel("Действует до").fill(dateIn(20));
    await dialog.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const proposal = page.locator(".fs-proposal").first();
    await expect.poll(() => proposal.textContent()).toContain("Черновик");
    await proposal.getByRole("button", { name: "PDF и отправка" }).click();
    const documents = proposal.locator(".fs-proposal-documents");
    const issued = documents.locator(".q-document");
    await documents
      .getByRole("button", { name: fill(words.ru.issue, { name: "коммерческое предложение" }) })
      .click();
    await expect.poll(() => issued.count()).toBe(1);
    expect(spaced(await issued.first().textContent())).toContain(
      fill(words.ru.heading, { name: "Коммерческое предложение", number: "P-000001" }),
    );
    await expectNoLeaks(page);
    await expectRussian(page, ["PDF"]);
    await screenshot(page, "deals-proposal-documents-ru");

    await issued
      .first()
      .getByRole("button", { name: /^Просмотр/ })
      .click();
    const preview = page.getByRole("dialog");
    await expect.poll(() => preview.locator("iframe").count()).toBe(1);
    await screenshot(page, "deals-proposal-preview-ru", { fullPage: false });
    await page.keyboard.press("Escape");
    await expect.poll(() => preview.count()).toBe(0);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      issued
        .first()
        .getByRole("link", { name: /^Скачать/ })
        .click(),
    ]);
    const text = spaced(await savePdf(file, "deals-proposal-pdf-ru")).replace(/ +/g, " ");
    for (const part of [
      "Коммерческое предложение № P-000001",
      "ООО Сыроварня",
      "Доставка",
      "Поставка в течение 5 дней",
    ])
      expect(text).toContain(part);

    await issued
      .first()
      .getByRole("button", { name: /^Отправить/ })
      .click();
    const send = page.getByRole("dialog");
    await expect.poll(() => send.locator(".q-tag").allTextContents()).toEqual(["zakupki@syrovarnya.ru"]);
    await send.getByRole("button", { name: words.ru.sendSubmit, exact: true }).click();
    await expect.poll(() => send.count()).toBe(0);
    const mail = await sink.nth(1);
    expect(mail.to).toEqual(["zakupki@syrovarnya.ru"]);
    expect(mail.attachments.map((a) => a.contentType)).toEqual(["application/pdf"]);
    await expect
      .poll(async () => {
        await page.reload();
        return page.locator(".fs-proposal").first().textContent();
      })
      .toContain("Отправлено");
    await screenshot(page, "deals-deal-lines-ru");
  }, 120_000);

  it("issues the deal's invoice as PDF beside its proposals", async () => {
    const { page } = browser;
    const invoices = page.locator(".q-documents", { hasText: "Счёт на оплату в PDF" });
    await invoices.getByRole("button", { name: fill(words.ru.issue, { name: "счёт на оплату" }) }).click();
    await expect.poll(() => invoices.locator(".q-document").count()).toBe(1);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      invoices
        .locator(".q-document")
        .first()
        .getByRole("link", { name: /^Скачать/ })
        .click(),
    ]);
    const text = spaced(await savePdf(file, "deals-invoice-pdf-ru")).replace(/ +/g, " ");
    for (const part of ["Счёт на оплату № 1", "044525225", "ООО Сыроварня", "Сыр российский"])
      expect(text).toContain(part);
    await atPhoneInBothLanguages(page, async (locale) => {
      await page.locator(".fs-proposal").first().getByRole("button", { name: /^PDF/ }).click();
      await expect.poll(() => page.locator(".fs-proposal-documents .q-document").count()).toBe(1);
      await screenshot(page, `deals-deal-documents-phone-${locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 860 });
  }, 120_000);

  it("refuses «won» before the prepayment, and a 30 % prepayment wins the deal", async () => {
    const { page } = browser;
    await dealHead().getByRole("button", { name: "Отметить выигранной" }).click();
    const refusal = dealHead().getByRole("alert");
    await expect.poll(() => refusal.textContent()).toContain("нужна предоплата от 30 %");
    await screenshot(page, "deals-won-refused-ru", { fullPage: false });
    await page.getByRole("button", { name: "Выставить счёт" }).click();
    await expect.poll(() => page.getByText("Счёт выставлен").count()).toBeGreaterThan(0);
    await page.getByLabel("Получено", { exact: true }).fill("1 200");
    await page.getByRole("button", { name: "Внести оплату" }).click();
    await expect.poll(() => page.locator(".fs-list", { hasText: "1 200,00" }).count()).toBeGreaterThan(0);
    await expect.poll(() => dealHead().textContent(), { timeout: 20_000 }).toContain("Выиграна");
    await screenshot(page, "deals-deal-won-ru");
  }, 120_000);

  it("shows the translated refusal of «lost» without a reason", async () => {
    const { page } = browser;
    const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", { name: "ИП Творогов" });
    const deal = await mutateFromPage<{ id: string }>(page, "firstSale.deals.create", {
      clientId: client.id,
      title: "Поставка творога",
      estimate: { amountMinor: 5_000_000 },
      expectedCloseOn: dateIn(40),
    });
    openDealId = deal.id;
    await page.goto(`${server.url}/deals/${deal.id}`);
    await dealHead().getByRole("button", { name: "Отметить проигранной" }).click();
    const dialog = page.getByRole("dialog", { name: "Почему сделка проиграна?" });
    await dialog.getByRole("button", { name: "Отметить проигранной" }).click();
    await expect
      .poll(() => dialog.getByRole("alert").textContent())
      .toContain("Укажите, почему сделка проиграна");
    await screenshot(page, "deals-deal-lost-refused-ru", { fullPage: false });
    await dialog.getByRole("button", { name: "Отмена" }).click();
  }, 120_000);

  it("draws the forecast and the statistics, and the dashboard shows first sale's health", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/deals/forecast`);
    await expect.poll(() => page.locator(".fs-bars__row").count()).toBeGreaterThan(1);
    expect(await page.getByRole("figure").first().textContent()).toContain(
      "Взвешенная сумма по ожидаемому месяцу",
    );
    await screenshot(page, "deals-forecast-ru");
    await page.getByRole("link", { name: "Статистика" }).click();
    await page.waitForURL(/\/deals\/stats$/);
    await expect.poll(() => page.locator('[data-stat="winRate"]').textContent()).toContain("50");
    await screenshot(page, "deals-stats-ru");
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator(".fs-health li").count()).toBe(4);
    await screenshot(page, "deals-dashboard-ru");
  }, 120_000);

  it("shows a viewer the deal without the buttons a viewer may not press", async () => {
    const link = await inviteThroughApi(browser.page, ivan.email, "viewer");
    const guest = await launchBrowser();
    try {
      const page = guest.page;
      await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
      await page.getByRole("link", { name: ru.auth.invite.signUp }).click();
      await page.getByLabel(ru.auth.name).fill(ivan.name);
      await page.getByLabel(ru.auth.password).fill(ivan.password);
      await page.getByRole("button", { name: ru.auth.signUp.submit }).click();
      await page.waitForURL(/\/invite\?token=/);
      await page.getByRole("button", { name: ru.auth.invite.accept }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/invite"));
      await page.goto(`${server.url}/deals/${openDealId}`);
      await expect.poll(() => page.locator("h1").textContent()).toBe("Поставка творога");
      await expect.poll(() => page.getByText("Позиции", { exact: true }).count()).toBe(1);
      for (const name of [
        "Отметить выигранной",
        "Отметить проигранной",
        "Новое КП",
        "Сохранить позиции",
        "Сохранить",
      ]) {
        expect(await page.getByRole("button", { name, exact: true }).count(), name).toBe(0);
      }
      await page.goto(`${server.url}/deals`);
      await expect.poll(() => page.locator(".fs-board__column").count()).toBeGreaterThan(2);
      expect(await page.getByRole("button", { name: "Новая сделка" }).count()).toBe(0);
      await page.goto(`${server.url}/deals/pipelines`);
      await expect.poll(() => page.locator("h1").textContent()).toBe("Воронки");
      expect(await page.getByRole("button", { name: "Сохранить этапы" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Сохранить причины" }).count()).toBe(0);
      await screenshot(page, "deals-viewer-pipelines-ru");
    } finally {
      await guest.close();
    }
  }, 120_000);

  it("speaks English when the language is switched", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/deals`);
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Deals");
    await screenshot(page, "deals-board-en");
    // The board's «List» tab keeps the board's open-deals filter; the won deal is on the unfiltered list.
    expect(await page.getByRole("link", { name: "List", exact: true }).count()).toBe(1);
    await page.goto(`${server.url}/deals/list`);
    await expect.poll(() => page.locator("tr", { hasText: "Поставка сыра" }).count()).toBe(1);
    await screenshot(page, "deals-list-en");
    await page.locator("tr", { hasText: "Поставка сыра" }).getByRole("link").click();
    await expect.poll(() => page.getByText("Invoice and payments").count()).toBe(1);
    await screenshot(page, "deals-deal-en");
    await page.goto(`${server.url}/deals/forecast`);
    await expect.poll(() => page.locator(".fs-bars__row").count()).toBeGreaterThan(1);
    await screenshot(page, "deals-forecast-en");
    await page.goto(`${server.url}/deals/stats`);
    await expect.poll(() => page.locator('[data-stat="winRate"]').textContent()).toContain("Win rate");
    await screenshot(page, "deals-stats-en");
    await page.goto(`${server.url}/deals/pipelines`);
    await expect.poll(() => page.getByRole("button", { name: "Save stages" }).count()).toBe(1);
    await screenshot(page, "deals-pipelines-en");
  }, 120_000);
});
