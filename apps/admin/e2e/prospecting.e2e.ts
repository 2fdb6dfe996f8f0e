import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import {
  anna,
  inviteThroughApi,
  ivan,
  signUpThroughApi,
  signUpWithOrganisation,
} from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let owner: TestBrowser;
let caller: TestBrowser;

beforeAll(async () => {
  // A loaded machine (several helpers at once) takes longer than the default to start the server.
  server = await startServer({ timeoutMs: 120_000 });
  owner = await launchBrowser();
  caller = await launchBrowser();
  await signUpWithOrganisation(owner.page, server.url, anna, "Ромашка");
}, 180_000);

afterAll(async () => {
  await owner?.close();
  await caller?.close();
  await server?.stop();
});

const navLink = (browser: TestBrowser, name: string) => browser.page.getByRole("link", { name, exact: true });
const heading = (page: Page) => page.locator("h1").first().textContent();
/** Text with every kind of space (Russian number formats use narrow no-break ones) as a plain space. */
const spaced = (text: string | null) => (text ?? "").replace(/\s/g, " ");
const toast = (page: Page, text: string) => page.locator(".q-toast", { hasText: text }).count();

/** Picks an option of a labelled select (Kobalte): opens it and clicks the option. */
async function choose(page: Page, scope: Locator, label: string, option: string | RegExp) {
  await scope
    .locator(".q-field", { has: page.locator(".q-field__label", { hasText: label }) })
    .first()
    .locator(".q-select__trigger")
    .click();
  await page.locator(".q-select__item", { hasText: option }).first().click();
}

async function inEnglish(page: Page, run: () => Promise<void>) {
  await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
  await page.reload();
  try {
    await run();
  } finally {
    await page.evaluate(() => localStorage.setItem("quartet.locale", "ru"));
    await page.reload();
  }
}

describe("prospecting: from a form post to a lead, from a list to a call", () => {
  it("a web form is made, a post arrives, and the inbox triages it to a lead", async () => {
    const { page } = owner;
    await page.goto(`${server.url}/`);
    expect(await navLink(owner, "Лиды").count()).toBe(0);
    await enablePlugin(page, server.url, "Лидогенерация");
    await enablePlugin(page, server.url, "Первая продажа");
    await navLink(owner, "Лиды").click();
    await page.waitForURL(/\/leads$/);
    await expect.poll(() => heading(page)).toBe("Лиды");

    await page.getByRole("link", { name: "Веб-формы" }).click();
    await page.waitForURL(/\/leads\/forms$/);
    await page.getByRole("button", { name: "Новая форма" }).click();
    const editor = page.locator("section.q-card", { hasText: "Поля" });
    await editor.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => editor.getByText("Назовите форму").count()).toBe(1);
    await editor.getByLabel("Название").fill("Заявка с сайта");
    await editor.getByLabel("Разрешённые сайты (по одному в строке)").fill("https://romashka.ru");
    await screenshot(page, "prospecting-form-editor-ru");
    await editor.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => page.locator(".pr-snippet").count()).toBe(1);
    const endpoint = await page.getByLabel("Адрес приёма").inputValue();
    expect(endpoint).toContain("/hooks/prospecting/forms/");

    const posted = await fetch(`${server.url}${new URL(endpoint).pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://romashka.ru" },
      body: JSON.stringify({
        name: "Мария Иванова",
        phone: "+7 912 555-01-02",
        email: "maria@example.ru",
        message: "Нужна упаковка для кондитерской",
        consent: true,
        utm_source: "yandex",
        utm_campaign: "spring",
      }),
    });
    expect(posted.status).toBe(201);

    await page.goto(`${server.url}/leads`);
    await expect.poll(() => page.getByRole("row", { name: /Мария Иванова/ }).count()).toBe(1);
    const detail = page.locator("section.q-card", { hasText: "UTM-метки" });
    await expect.poll(() => detail.textContent()).toContain("utm_source: yandex");
    expect(await detail.textContent()).toContain("Форма «Заявка с сайта»");
    expect(await detail.getByText("Ждёт", { exact: false }).count()).toBe(1);
    await expect.poll(() => page.getByText("Похожих клиентов нет").count()).toBe(1);
    expect(await page.locator("tr[aria-current]").textContent()).toContain("Мария Иванова");
    await screenshot(page, "prospecting-inbox-ru");

    await page.keyboard.press("q");
    await expect.poll(() => toast(page, "Квалифицирована: клиент теперь лид")).toBe(1);
    await expect.poll(() => page.getByText("Здесь заявок нет").count()).toBe(1);
    await choose(page, page.locator(".pr-filters"), "Статус", /^Лид$/);
    await expect.poll(() => page.getByRole("row", { name: /Мария Иванова/ }).count()).toBe(1);
    await expect.poll(() => detail.textContent()).toContain("Открыть клиента");
    await inEnglish(page, async () => {
      await expect.poll(() => heading(page)).toBe("Leads");
      await choose(page, page.locator(".pr-filters"), "Status", /^Lead$/);
      await expect.poll(() => page.getByRole("row", { name: /Мария Иванова/ }).count()).toBe(1);
      await screenshot(page, "prospecting-inbox-en");
    });
  });

  it("connects the Telegram bot; the token is kept secret", async () => {
    const { page } = owner;
    await page.goto(`${server.url}/leads/telegram`);
    await expect.poll(() => heading(page)).toBe("Telegram-бот");
    expect(await page.getByText("Токена пока нет").count()).toBe(1);
    await page.getByRole("button", { name: "Задать токен" }).click();
    await page.getByLabel("Новый токен").fill("123456:ABC-test-token");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => page.getByText("Токен задан").count()).toBe(1);
    expect(await page.content()).not.toContain("123456:ABC-test-token");
    await page.getByRole("button", { name: "Подключить" }).click();
    await expect.poll(() => page.getByLabel("Адрес вебхука").count()).toBe(1);
    expect(await page.getByLabel("Адрес вебхука").inputValue()).toContain("/hooks/prospecting/telegram/");
    await screenshot(page, "prospecting-telegram-ru");
  });

  it("words a Telegram conversation's photo and file, by the file's name", async () => {
    const { page } = owner;
    // A known webhook secret (the page made its own) and no auto-reply, so nothing goes out to Telegram.
    const { plugins } = await queryFromPage<{ plugins: { id: string; settings: object }[] }>(
      page,
      "core.plugins.list",
    );
    const current = plugins.find((p) => p.id === "prospecting")?.settings ?? {};
    const settings = { ...current, telegramWebhookSecret: "e2e-secret-1", telegramAutoReply: "" };
    await mutateFromPage(page, "core.plugins.updateSettings", { pluginId: "prospecting", settings });
    // Connecting again keeps the bot's webhook key and says its address.
    const { webhookUrl } = await mutateFromPage<{ webhookUrl: string }>(
      page,
      "prospecting.telegram.connect",
      { publicUrl: server.url },
    );
    const hook = new URL(webhookUrl).pathname;
    const from = { id: 4242, is_bot: false, first_name: "Ольга", username: "olga_buyer" };
    const post = async (id: number, content: object) => {
      const message = { message_id: id, from, chat: { id: 4242, type: "private" }, date: 1_765_000_000 + id };
      const response = await fetch(`${server.url}${hook}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "e2e-secret-1" },
        body: JSON.stringify({ update_id: 9000 + id, message: { ...message, ...content } }),
      });
      expect(response.status).toBe(200);
    };
    await post(1, { text: "Здравствуйте, нужны коробки" });
    await post(2, { photo: [{ file_id: "AgAC", file_size: 900 }], caption: "Вот такие" });
    const pdf = {
      file_id: "BQAC",
      file_name: "ТЗ на коробки.pdf",
      mime_type: "application/pdf",
      file_size: 48_213,
    };
    await post(3, { document: pdf });
    const { items } = await queryFromPage<{ items: { id: string; channel: string }[] }>(
      page,
      "prospecting.inbox.list",
      {},
    );
    const request = items.find((item) => item.channel === "telegram");
    await page.goto(`${server.url}/leads?request=${request?.id}`);
    const chat = page.locator(".pr-chat");
    await expect.poll(() => chat.textContent().then(spaced)).toContain("Документ: ТЗ на коробки.pdf");
    const said = spaced(await chat.textContent());
    expect(said).toContain("ФотоВот такие");
    expect(said).not.toContain("[media:");
    await chat.scrollIntoViewIfNeeded();
    await screenshot(page, "prospecting-telegram-media-ru", { fullPage: false });
    await inEnglish(page, async () => {
      await expect.poll(() => chat.textContent().then(spaced)).toContain("Document: ТЗ на коробки.pdf");
      await chat.scrollIntoViewIfNeeded();
      await screenshot(page, "prospecting-telegram-media-en", { fullPage: false });
    });
  });

  it("a manager writes a script, builds a list and starts a campaign", async () => {
    const { page } = owner;
    for (const [i, name] of ["ООО Уралхлеб", "ООО Сладкий край", "ИП Кондитер"].entries()) {
      await mutateFromPage(page, "core.clients.create", {
        name,
        phones: [`+7343200000${i}`],
        region: "Свердловская область",
      });
    }

    await page.goto(`${server.url}/calling/scripts`);
    await expect.poll(() => heading(page)).toBe("Скрипты звонков");
    await page.getByRole("button", { name: "Новый скрипт" }).click();
    const editor = page.locator("section.q-card", { hasText: "Шаг 1" });
    await editor.getByRole("button", { name: "Добавить шаг" }).click();
    const third = editor.locator(".pr-step").nth(2);
    await editor.getByRole("button", { name: "Опубликовать" }).click();
    await expect.poll(() => editor.getByText("Назовите скрипт").count()).toBe(1);
    expect(await third.getByText("Напишите текст").count()).toBe(1);
    await editor.getByLabel("Название").fill("Холодный звонок");
    await third.getByLabel("Текст").fill("Лишний шаг");
    await editor.getByRole("button", { name: "Опубликовать" }).click();
    await expect.poll(() => third.getByText("До шага «s3» нельзя дойти от начала").count()).toBe(1);
    await screenshot(page, "prospecting-script-invalid-ru");
    await third.getByRole("button", { name: "Убрать" }).click();
    await editor.getByRole("button", { name: "Опубликовать" }).click();
    await expect.poll(() => toast(page, "Опубликована версия 1")).toBe(1);
    await expect
      .poll(() => page.getByText("Сохранение опубликует версию 2", { exact: false }).count())
      .toBe(1);
    await screenshot(page, "prospecting-script-ru");

    await page.goto(`${server.url}/calling`);
    await expect.poll(() => heading(page)).toBe("Обзвон");
    await page.getByRole("button", { name: "Собрать список" }).first().click();
    const builder = page.locator("section.q-card", { hasText: "Кого включить в список" });
    await builder.getByLabel("Название").fill("Екатеринбург");
    await builder.getByLabel("Регион").fill("Свердловская область");
    await builder.getByRole("button", { name: "Посчитать" }).click();
    await expect
      .poll(() => builder.getByRole("status").textContent())
      .toBe("Подходит клиентов: 3, ещё не звонили: 3");
    await builder.getByRole("button", { name: "Собрать список" }).click();
    await expect.poll(() => toast(page, "Список собран: добавлено 3")).toBe(1);

    await page.getByRole("button", { name: "Новая кампания" }).click();
    const form = page.locator("section.q-card", { hasText: "Часы звонков" });
    await form.getByLabel("Название").fill("Весна");
    await form.getByText("Сб", { exact: true }).click();
    await form.getByText("Вс", { exact: true }).click();
    await form.getByLabel("С", { exact: true }).fill("00:00");
    await form.getByLabel("До", { exact: true }).fill("24:00");
    await screenshot(page, "prospecting-campaign-form-ru");
    await form.getByRole("button", { name: "Создать кампанию" }).click();
    await expect.poll(() => toast(page, "Кампания «Весна» создана")).toBe(1);
    await expect
      .poll(() => page.getByRole("row", { name: /Весна/ }).textContent())
      .toContain("0 из 3 обработано");
    expect(await page.getByRole("row", { name: /Весна/ }).textContent()).toContain("версия 1");

    await page.getByRole("link", { name: "Скрипты" }).click();
    await page.getByRole("button", { name: /Холодный звонок/ }).click();
    const edit = page.locator("section.q-card", { hasText: "Шаг 1" });
    await expect
      .poll(() => edit.getByText("Сохранение опубликует версию 2", { exact: false }).count())
      .toBe(1);
    await edit
      .locator(".pr-step")
      .first()
      .getByLabel("Текст")
      .fill("Добрый день! Это «Ромашка», упаковка для кондитерских.");
    await edit.getByRole("button", { name: "Опубликовать" }).click();
    await expect.poll(() => toast(page, "Опубликована версия 2")).toBe(1);
    await page.goto(`${server.url}/calling`);
    const row = page.getByRole("row", { name: /Весна/ });
    await row.getByRole("button", { name: "Перейти на версию 2" }).click();
    await expect.poll(() => row.textContent()).toContain("версия 2");
    await screenshot(page, "prospecting-campaigns-ru");
  });

  it("an invited caller lands on the call screen, runs the script and sets the outcome by hotkey", async () => {
    const link = await inviteThroughApi(owner.page, ivan.email, "caller");
    const { page } = caller;
    await signUpThroughApi(page, server.url, ivan);
    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole("button", { name: ru.auth.invite.accept }).click();
    await page.waitForURL(/\/calls$/);
    await expect.poll(() => heading(page)).toBe("Звонки");
    expect(await navLink(caller, "Лиды").count()).toBe(0);
    expect(await navLink(caller, "Обзвон").count()).toBe(0);
    expect(await navLink(caller, "Продажи").count()).toBe(0);

    await page.keyboard.press("n");
    const card = page.locator("section.q-card", { hasText: "Прошлые попытки" });
    await expect.poll(() => card.textContent()).toContain("+7 (343) 200-00-0");
    expect(await card.textContent()).toContain("Добрый день! Это «Ромашка»");
    await screenshot(page, "prospecting-call-say-ru");
    await page.keyboard.press("Enter");
    await expect.poll(() => card.textContent()).toContain("Хотите получить наше предложение?");
    await page.keyboard.press("q");
    await expect.poll(() => card.textContent()).toContain("Скрипт завершён: Интересно. Нажмите 6");
    expect(await page.getByRole("button", { name: /^1\s*Не ответил/ }).isDisabled()).toBe(true);
    await screenshot(page, "prospecting-call-outcome-ru");
    await page.keyboard.press("6");
    await expect.poll(() => toast(page, "Сохранено: Интересно")).toBe(1);
    await expect.poll(() => page.getByText("Нажмите N, чтобы взять следующую запись").count()).toBe(1);

    await page.keyboard.press("n");
    await expect.poll(() => card.count()).toBe(1);
    await inEnglish(page, async () => {
      await expect.poll(() => heading(page)).toBe("Calls");
      await expect.poll(() => card.count()).toBe(0);
      const english = page.locator("section.q-card", { hasText: "Previous attempts" });
      await expect.poll(() => english.textContent()).toContain("Continue");
      expect(await english.textContent()).toContain("Добрый день!");
      await screenshot(page, "prospecting-call-en");
    });
    await expect.poll(() => card.count()).toBe(1);
    await page.keyboard.press("1");
    await expect.poll(() => toast(page, "Сохранено: Не ответил")).toBe(1);

    await page.goto(`${server.url}/leads`);
    await expect.poll(() => page.getByText(ru.forbidden.title).count()).toBe(1);
  });

  it("statistics and the dashboard show the calls and the lead", async () => {
    const { page } = owner;
    await page.goto(`${server.url}/leads/stats`);
    const callers = page.locator("section.q-card", { hasText: "Операторы по сменам" });
    const row = callers.getByRole("row", { name: /Иван Соколов/ });
    await expect.poll(() => row.count()).toBe(1);
    const cells = (await row.getByRole("cell").allTextContents()).map(spaced);
    expect(cells.slice(2, 6)).toEqual(["2", "1", "50 %", "1"]);
    const sources = page.locator("section.q-card", { hasText: "Источники" });
    const formRow = sources.getByRole("row", { name: /Форма «Заявка с сайта»/ });
    expect((await formRow.getByRole("cell").allTextContents()).map(spaced).slice(1, 4)).toEqual([
      "1",
      "1",
      "100 %",
    ]);
    expect(await sources.getByRole("row", { name: /Обзвон «/ }).count()).toBe(1);
    await screenshot(page, "prospecting-stats-ru");

    await page.goto(`${server.url}/`);
    const widget = page.locator(".q-widget[data-plugin=prospecting]");
    await expect.poll(() => widget.locator(".pr-reading").count()).toBe(3);
    expect(spaced(await widget.locator("[data-key=connect-rate]").textContent())).toContain("50 %");
    // Nobody set a weekly target: the value stands without a verdict.
    const weekly = spaced(await widget.locator("[data-key=qualified-leads-week]").textContent());
    expect(weekly).toContain("1");
    expect(weekly).toContain("Цель не задана");
    await screenshot(page, "prospecting-dashboard-ru");
    await inEnglish(page, async () => {
      await page.goto(`${server.url}/leads/stats`);
      await expect.poll(() => heading(page)).toBe("Prospecting statistics");
      await expect.poll(() => page.getByRole("row", { name: /Иван Соколов/ }).count()).toBe(1);
      await screenshot(page, "prospecting-stats-en");
    });
  });
});
