import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { orgDay } from "./support/org-dates.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dialog = () => browser.page.getByRole("dialog");
const h1 = () => browser.page.locator("h1");
const rows = () => browser.page.locator(".q-table tbody tr");

describe("the client list of a solo founder", () => {
  it("opens from the sidebar, empty, with nothing counted", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: ru.nav.clients }).click();
    await page.waitForURL(/\/clients$/);
    await expect.poll(() => h1().textContent()).toBe(ru.clients.title);
    await expect.poll(() => page.getByText(ru.clients.empty).count()).toBe(1);
    await expect.poll(() => page.getByText(fill(ru.clients.count, { count: 0 })).count()).toBe(1);
  });

  it("refuses a wrong INN under the INN field, then creates the client", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: ru.clients.create }).click();
    await dialog().getByLabel(ru.clients.name, { exact: true }).fill("Альфа-Трейд");
    await dialog().getByLabel(ru.clients.inn, { exact: true }).fill("7707083894");
    await dialog().getByLabel(ru.clients.form.phones).fill("+7 495 123-45-67");
    await dialog().getByLabel(ru.clients.region).fill("Москва");
    await dialog().getByRole("button", { name: ru.common.create }).click();
    const innError = dialog().getByText("Контрольная сумма ИНН не сходится");
    await expect.poll(() => innError.count()).toBe(1);
    await screenshot(page, "client-create-error-ru", { fullPage: false });

    await dialog().getByLabel(ru.clients.inn, { exact: true }).fill("7707083893");
    expect(await innError.count()).toBe(0);
    await dialog().getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => rows().filter({ hasText: "Альфа-Трейд" }).count()).toBe(1);
    await expect.poll(() => page.getByText(fill(ru.clients.count, { count: 1 })).count()).toBe(1);
  });

  it("warns while typing a phone written differently, and creates anyway after the refusal", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: ru.clients.create }).click();
    await dialog().getByLabel(ru.clients.name, { exact: true }).fill("Бета Сервис");
    await dialog().getByLabel(ru.clients.form.phones).fill("8 (495) 123 45 67");
    const warning = dialog().getByRole("list", { name: ru.clients.form.maybeDuplicate });
    await expect.poll(() => warning.getByText("Альфа-Трейд").count()).toBe(1);
    expect(await warning.getByText(ru.clients.form.reason.phone).count()).toBe(1);
    await screenshot(page, "client-duplicate-warning-ru", { fullPage: false });

    await dialog().getByRole("button", { name: ru.common.create }).click();
    const conflict = dialog().getByRole("list", { name: ru.clients.form.conflict });
    await expect.poll(() => conflict.getByText("Альфа-Трейд").count()).toBe(1);
    await dialog().getByRole("button", { name: ru.clients.form.createAnyway }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => rows().count()).toBe(2);
    await expect.poll(() => page.getByText(fill(ru.clients.count, { count: 2 })).count()).toBe(1);
  });

  it("finds a client by INN and by phone, and filters by region", async () => {
    const { page } = browser;
    const search = page.getByRole("searchbox", { name: ru.clients.search });
    await search.fill("7707083893");
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain("Альфа-Трейд");
    await search.fill("");
    await expect.poll(() => rows().count()).toBe(2);
    await page.getByRole("textbox", { name: ru.clients.region }).fill("Москва");
    await expect.poll(() => rows().count()).toBe(1);
    await expect.poll(() => page.getByText(fill(ru.clients.count, { count: 1 })).count()).toBe(1);
    const href = await page.getByRole("link", { name: ru.clients.export }).getAttribute("href");
    expect(href).toBe("/api/v1/exports/clients.csv?region=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&locale=ru");
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href ?? "");
    expect(csv).toContain("Альфа-Трейд");
    expect(csv).not.toContain("Бета Сервис");
    await page.getByRole("button", { name: ru.common.reset }).click();
    await expect.poll(() => rows().count()).toBe(2);
    await screenshot(page, "clients-ru");
  });

  it("opens the first client's page and logs a call on its timeline", async () => {
    const { page } = browser;
    await rows().filter({ hasText: "Альфа-Трейд" }).click();
    await page.waitForURL(/\/clients\/[^/]+$/);
    await expect.poll(() => h1().textContent()).toBe("Альфа-Трейд");
    // The INN shows in the key facts and again on the requisites card.
    expect(await page.getByText("7707083893").count()).toBeGreaterThan(0);
    const timeline = page.getByRole("list", { name: ru.clientPage.timeline });
    await page.getByRole("tab", { name: ru.clientPage.composer.tabs.call }).click();
    await page
      .getByRole("textbox", { name: ru.clientPage.composer.callBody })
      .fill("Обсудили поставку, перезвонить в пятницу");
    await page.getByRole("button", { name: ru.clientPage.composer.submit.call }).click();
    await expect.poll(() => timeline.getByText("Обсудили поставку, перезвонить в пятницу").count()).toBe(1);
    expect(await timeline.getByText(ru.clientPage.types.call, { exact: true }).count()).toBe(1);
    const stageField = page
      .locator(".q-field")
      .filter({ has: page.locator(".q-field__label", { hasText: ru.clientPage.changeStage }) });
    await stageField.locator(".q-select__trigger").first().click();
    await page.locator(".q-select__item", { hasText: ru.clientStage.negotiation }).first().click();
    await expect
      .poll(() => timeline.getByText(`${ru.clientStage.prospect} → ${ru.clientStage.negotiation}`).count())
      .toBe(1);
    await screenshot(page, "client-ru");
  });

  it("adds a task due today on the client page and ticks it off in My work", async () => {
    const { page } = browser;
    // Today in the organisation's time zone, which My work sorts by.
    const today = orgDay();
    await page.getByRole("tab", { name: ru.clientPage.composer.tabs.task }).click();
    await page
      .getByRole("textbox", { name: ru.clientPage.composer.taskTitle })
      .fill("Отправить коммерческое предложение");
    await page.getByLabel(ru.clientPage.composer.dueDate).fill(today);
    await page.getByRole("button", { name: ru.clientPage.composer.submit.task }).click();
    const clientTasks = page.getByRole("list", { name: ru.tasks.title });
    await expect.poll(() => clientTasks.getByText("Отправить коммерческое предложение").count()).toBe(1);

    await page.getByRole("link", { name: ru.nav.myWork }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.myWork.title);
    const todayList = page.getByRole("list", { name: ru.myWork.today });
    await expect.poll(() => todayList.getByText("Отправить коммерческое предложение").count()).toBe(1);
    expect(await page.getByText(ru.myWork.noHandoffs).count()).toBe(1);
    await screenshot(page, "my-work-ru");
    await todayList.getByText("Отправить коммерческое предложение").click();
    await expect.poll(() => todayList.count()).toBe(0);
    await page.goBack();
    await expect.poll(() => h1().textContent()).toBe("Альфа-Трейд");
  });

  it("imports an amoCRM-style CSV through the wizard", async () => {
    const { page } = browser;
    const csv = [
      "Название компании;ИНН;Рабочий телефон;Город;Теги;Бюджет",
      "Гамма Логистик;;+7 812 555-01-01;Санкт-Петербург;опт;100000",
      "Дельта Строй;;+7 343 555-02-02;Екатеринбург;;",
      "Эпсилон;12345;;Казань;;",
    ].join("\n");
    await page.getByRole("link", { name: ru.nav.clients }).click();
    await page.getByRole("link", { name: ru.importWizard.open }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.importWizard.title);
    await page.getByLabel(ru.importWizard.file).setInputFiles({
      name: "amocrm-export.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
    const mapping = page.locator(".q-table");
    await expect.poll(() => mapping.getByText("Название компании", { exact: true }).count()).toBe(1);
    const nameRow = mapping.locator("tr", { hasText: "Название компании" });
    expect(await nameRow.getByText(ru.importWizard.fields.name, { exact: true }).count()).toBeGreaterThan(0);
    const budgetRow = mapping.locator("tr", { hasText: "Бюджет" });
    expect(await budgetRow.getByText(ru.importWizard.skipColumn).count()).toBeGreaterThan(0);

    await page.getByRole("button", { name: ru.importWizard.dryRun }).click();
    const counts = page.getByRole("definition");
    // Created, duplicates, refused, and rows with warnings.
    await expect.poll(() => counts.allTextContents()).toEqual(["2", "0", "1", "0"]);
    expect(await page.getByRole("list", { name: ru.importWizard.firstErrors }).textContent()).toContain(
      fill(ru.importWizard.rowError, { row: 4, field: ru.importWizard.fields.inn }),
    );
    await screenshot(page, "import-dry-run-ru");

    await page.getByRole("button", { name: ru.importWizard.start }).click();
    const done = fill(ru.importWizard.done, { created: 2, duplicate: 0, invalid: 1, warned: 0 });
    await expect.poll(() => page.getByText(done).count()).toBe(1);
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    expect(await page.getByRole("link", { name: ru.importWizard.errorReport }).getAttribute("href")).toMatch(
      /^\/api\/v1\/imports\/[^/]+\/errors\.csv$/,
    );
    await screenshot(page, "import-done-ru");

    await page.getByRole("link", { name: ru.importWizard.toClients }).click();
    await expect.poll(() => rows().filter({ hasText: "Гамма Логистик" }).count()).toBe(1);
    expect(await rows().filter({ hasText: "Дельта Строй" }).count()).toBe(1);
    await expect.poll(() => page.getByText(fill(ru.clients.count, { count: 4 })).count()).toBe(1);
    await rows().filter({ hasText: "Альфа-Трейд" }).click();
    await expect.poll(() => h1().textContent()).toBe("Альфа-Трейд");
  });

  it("switches to English on the client page, and the list follows", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: fill(ru.userMenu.label, { name: anna.name }) }).click();
    await page.getByRole("menuitemradio", { name: en.language.en }).click();
    await expect.poll(() => page.getByRole("list", { name: en.clientPage.timeline }).count()).toBe(1);
    expect(await page.getByRole("tab", { name: en.clientPage.composer.tabs.call }).count()).toBe(1);
    const timeline = page.getByRole("list", { name: en.clientPage.timeline });
    await expect
      .poll(() => timeline.getByText(`${en.clientStage.prospect} → ${en.clientStage.negotiation}`).count())
      .toBe(1);
    await screenshot(page, "client-en");

    await page.getByRole("link", { name: en.nav.clients }).click();
    await expect.poll(() => h1().textContent()).toBe(en.clients.title);
    await expect.poll(() => page.getByText(fill(en.clients.count, { count: 4 })).count()).toBe(1);
    expect(await rows().getByText(en.clientStage.prospect).count()).toBeGreaterThan(0);
    await screenshot(page, "clients-en");
  });
});
